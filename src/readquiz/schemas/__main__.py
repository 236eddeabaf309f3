"""``python -m readquiz.schemas``: regenerate the shipped JSON Schemas from the models."""

from readquiz.schemas import write_all

for written in write_all():
    print(written)
