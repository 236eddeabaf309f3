"""``python -m readquiz``."""

from readquiz.cli import main

if __name__ == "__main__":
    main()
