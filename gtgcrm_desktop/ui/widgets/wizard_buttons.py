"""Our own labels for QWizard's buttons: Qt's Arabic ones point "< السابق" the wrong way in RTL."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWizard

from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP

_LABELS = {
    QWizard.WizardButton.BackButton: QT_TRANSLATE_NOOP("WizardButtons", "Back"),
    QWizard.WizardButton.NextButton: QT_TRANSLATE_NOOP("WizardButtons", "Next"),
    QWizard.WizardButton.CancelButton: QT_TRANSLATE_NOOP("WizardButtons", "Cancel"),
    QWizard.WizardButton.FinishButton: QT_TRANSLATE_NOOP("WizardButtons", "Finish"),
}


def label_wizard_buttons(wizard: QWizard) -> None:
    """Plain, translated Back / Next / Cancel / Finish, without arrows that would point backwards."""
    for button, label in _LABELS.items():
        wizard.setButtonText(button, QCoreApplication.translate("WizardButtons", label))
