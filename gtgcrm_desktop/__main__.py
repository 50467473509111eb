"""Run the command line (or the desktop app) with `python -m gtgcrm_desktop`."""

from gtgcrm_desktop.cli import main

raise SystemExit(main())
