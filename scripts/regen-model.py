"""Post-processing steps of regen-model.sh (see there)."""
import glob
import hashlib
import re
import sys
import uuid


def read(path):
    with open(path, encoding="utf-8-sig") as f:
        return f.read()


def write(path, text):
    with open(path, "w", encoding="utf-8-sig") as f:
        f.write(text)


def add_triggers(folder):
    """Calls ProjectStateTriggers.Create last in the PostgreSQL Initial's Up and Drop first in its Down."""
    path = next(p for p in glob.glob(folder + "/*_Initial.cs") if not p.endswith(".Designer.cs"))
    src = read(path)
    up = src.index("protected override void Up(MigrationBuilder migrationBuilder)")
    down = src.index("protected override void Down(MigrationBuilder migrationBuilder)")
    end_up = src.rindex("\n        }\n", up, down)
    src = src[:end_up] + "\n\n            ProjectState.ProjectStateTriggers.Create(migrationBuilder);" + src[end_up:]
    down = src.index("protected override void Down(MigrationBuilder migrationBuilder)")
    body = src.index("{\n", down) + 2
    src = src[:body] + "            ProjectState.ProjectStateTriggers.Drop(migrationBuilder);\n\n" + src[body:]
    write(path, src)


MODEL_ID = re.compile(r'modelId: new Guid\("[0-9a-f-]+"\)')


def stable_ids(folder):
    """EF draws a random model id on every run; derive it from the model's text, so the files change only with the model."""
    for provider in sorted(glob.glob(folder + "/*")):
        files = sorted(glob.glob(provider + "/*.cs"))
        text = "".join(MODEL_ID.sub("", read(f)) for f in files)
        stable = uuid.UUID(bytes=hashlib.sha256(text.encode()).digest()[:16], version=4)
        for f in files:
            src = read(f)
            if MODEL_ID.search(src):
                write(f, MODEL_ID.sub(f'modelId: new Guid("{stable}")', src))


INITIAL_ID = "20261203000000_Initial"


def fixed_initial(folder):
    """One id for the squashed Initial, whenever it is regenerated: two branches that both regenerate it change the same
    files (a conflict git shows) instead of adding two Initial migrations side by side."""
    import os
    for path in glob.glob(folder + "/*/*_Initial*.cs"):
        generated = os.path.basename(path).split(".")[0]
        write(path, read(path).replace(f'[Migration("{generated}")]', f'[Migration("{INITIAL_ID}")]'))
        os.rename(path, os.path.join(os.path.dirname(path), os.path.basename(path).replace(generated, INITIAL_ID)))


if __name__ == "__main__":
    {"triggers": add_triggers, "stable-ids": stable_ids, "fixed-initial": fixed_initial}[sys.argv[1]](sys.argv[2])
