#!/bin/sh
# Score a question set about documents that are not seeds (eval/extra, eval/extra2): the bot reads the
# five seeds plus the set's own documents from a temporary folder, with an index of its own.
# usage: eval/score_with.sh eval/extra    (run from the repository root; shared/ sits beside it)
set -e
set_dir=${1:?usage: eval/score_with.sh eval/extra}
name=$(basename "$set_dir")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/seeds"
cp seeds/* "$set_dir"/seeds/* "$work/seeds/"
scorer=../shared/eval/score.py
[ -f "$scorer" ] || scorer=../../shared/eval/score.py
dotnet build src/Bot -v q >/dev/null
Gyokaku__SeedsPath="$work/seeds" Gyokaku__IndexPath="$work/index" \
  python3 "$scorer" "$set_dir/$name.jsonl" -- dotnet run --no-build --project src/Bot -- ask --jsonl
