import sys
from pathlib import Path

# Tests run against the source tree, not an installed copy.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
