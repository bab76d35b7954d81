"""The frozen app's entry point: the same ``arapp`` command as the installed script.

(Not named ``arapp.py``: beside the spec it would shadow the ``arapp`` package.)
"""

import sys

from arapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
