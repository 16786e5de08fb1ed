#!/bin/sh
# Score a question set about the seeds with every eval/extra*/ document indexed beside them: the hidden set is
# asked "with other documents beside these", so a question that names no city must still find its seed.
# usage: eval/score_beside.sh eval/fresh9.jsonl    (run from the repository root; shared/ sits beside it)
set -e
set_file=${1:?usage: eval/score_beside.sh eval/fresh9.jsonl}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/seeds"
cp seeds/* eval/extra*/seeds/* "$work/seeds/"
scorer=../shared/eval/score.py
[ -f "$scorer" ] || scorer=../../shared/eval/score.py
dotnet build src/Bot -v q >/dev/null
Gyokaku__SeedsPath="$work/seeds" Gyokaku__IndexPath="$work/index" \
  python3 "$scorer" "$set_file" -- dotnet run --no-build --project src/Bot -- ask --jsonl
