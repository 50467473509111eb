"""Run the command line (or the desktop app) with `python -m gtgcrm_desktop`."""

import gc

# Start-up makes many objects that live for the whole run: no cycle collections while the
# command line's modules load (`main` does the same for the app's).
gc.disable()

from gtgcrm_desktop.cli import main  # noqa: E402

gc.enable()
raise SystemExit(main())
