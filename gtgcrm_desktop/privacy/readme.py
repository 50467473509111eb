"""The README placed in every data export, in Arabic and English."""

from __future__ import annotations

README_AR = """\
تصدير بياناتك الشخصية — GTG CRM
==============================

أُنشئ هذا الملف استجابةً لطلب وصول إلى البيانات الشخصية ونقلها. الموضوع: {subject}
تاريخ الإنشاء: {generated_at} (بالتوقيت العالمي المنسق)
إصدار سياسة الخصوصية: {policy_version} (سارية منذ 9 ديسمبر 2024)

محتويات الملف:

• data.json — المستند الكامل بصيغة JSON (ترميز UTF-8): كل حقل مخزَّن لجهات الاتصال
  (الأسماء، البريد الإلكتروني، الهواتف، العناوين، الوسوم، الملاحظات، تاريخ الميلاد،
  الحقول المخصصة، الحقول الإضافية، أوقات الإنشاء والتعديل)، وسجل الموافقات كاملًا مع
  الأساس النظامي والمصدر والدليل ونسخة السياسة، وطلبات البيانات، وقيود سجل التدقيق
  الخاصة بالموضوع، وسجل التغييرات، وبيانات القوالب التي تذكره.{account_ar}
• contacts.csv — جهات الاتصال في جدول CSV (UTF-8 مع BOM ليفتحه Excel)، صف لكل جهة؛
  القيم المتعددة مفصولة بـ " | ".
• consent.csv — سجل الموافقات في جدول CSV، صف لكل قرار.
• contacts.vcf — جهات الاتصال بصيغة vCard 4.0 لاستيرادها في أي تطبيق جهات اتصال.
• README.txt — هذا الملف.

إذا كانت لديك أسئلة حول هذه البيانات أو أردت تصحيحها أو حذفها فتواصل معنا:
support@gtgcrm.com
"""

README_EN = """\
Your personal data export — GTG CRM
===================================

This file was made in answer to a request for access to, and portability of, personal data.
Subject: {subject}
Generated: {generated_at} (UTC)
Privacy policy version: {policy_version} (effective 9 December 2024)

What is inside:

• data.json — the complete document, JSON in UTF-8: every stored field of the contacts
  (names, e-mails, phones, addresses, tags, notes, birthday, custom fields, extra fields,
  creation and change times), the full consent history with lawful basis, source, evidence
  and policy version, data requests, the audit-log entries about the subject, the change
  log, and the template data that mentions them.{account_en}
• contacts.csv — the contacts as a CSV table (UTF-8 with a BOM so Excel opens it), one row
  per contact; several values in one cell are separated by " | ".
• consent.csv — the consent history as a CSV table, one row per decision.
• contacts.vcf — the contacts as vCard 4.0, to import into any address book.
• README.txt — this file.

For questions about this data, or to have it corrected or deleted, contact us:
support@gtgcrm.com
"""

ACCOUNT_AR = (
    "\n  ولتصدير الحساب أيضًا: موافقات الحساب، وأحداث الاستخدام المسجلة، وإقرارات سياسة"
    "\n  الخصوصية، وإعدادات مساحة العمل، والقوالب مع صورها."
)
ACCOUNT_EN = (
    "\n  For the account export also: the account's consents, the recorded usage events,"
    "\n  privacy-policy acknowledgements, workspace settings, and templates with their images."
)


def readme(subject: str, generated_at: str, policy_version: str, *, account: bool) -> str:
    """The README text: Arabic first, then English."""
    values = {"subject": subject, "generated_at": generated_at, "policy_version": policy_version}
    arabic = README_AR.format(account_ar=ACCOUNT_AR if account else "", **values)
    english = README_EN.format(account_en=ACCOUNT_EN if account else "", **values)
    return f"{arabic}\n\n{english}"
