import sys

from analysis.build import main

sys.exit(main())
