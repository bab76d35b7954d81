from __future__ import annotations

import sys

from arapp.cli import main

sys.exit(main())
