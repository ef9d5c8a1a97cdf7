#!/usr/bin/env python3
"""Checks that a translation is complete for the sources as they are now.

lupdate scans the sources into a fresh .ts in a temporary folder (the committed files are never
touched); every (context, source) it finds must then have, in the checked .ts, a finished and
non-empty translation, every plural form filled, and the same placeholders as the source (%1,
%2, ..., %n): a missing one drops a value, an extra one shows "%3" to the reader. lupdate itself
must not warn: a warning is a tr() whose context lupdate cannot tell, so its text would be looked
up under another context at run time than the one in the .ts.

usage: tscheck.py LUPDATE SOURCE_ROOT FILE.ts
"""
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

LAYERS = ('core', 'report', 'ui', 'app')
PLACEHOLDER = re.compile(r'%(?:L?n|\d+)')


def messages(path):
    found = {}
    for context in ET.parse(path).getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            found[(name, message.findtext('source'))] = message
    return found


def fresh_scan(lupdate, root, language):
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / 'fresh.ts'
        run = subprocess.run([lupdate, *[str(root / layer) for layer in LAYERS], '-locations',
                              'none', '-target-language', language, '-ts', str(fresh)],
                             capture_output=True, text=True)
        output = run.stdout + run.stderr
        warnings = [line for line in output.splitlines()
                    if 'lacks Q_OBJECT' in line or 'without context' in line
                    or 'Discarding unconsumed' in line or 'Circular' in line]
        if run.returncode != 0:
            sys.exit('lupdate failed:\n' + output)
        return messages(fresh), warnings


def problems_of(key, wanted, message):
    context, source = key
    where = '%s: "%s"' % (context, source)
    if message is None:
        return [where + ': missing']
    translation = message.find('translation')
    kind = translation.get('type')
    if kind in ('unfinished', 'vanished', 'obsolete'):
        return [where + ': ' + kind]
    if wanted.get('numerus') == 'yes':
        forms = [form.text or '' for form in translation.iter('numerusform')]
        expected = len(list(wanted.find('translation').iter('numerusform')))
        if len(forms) != expected:
            return [where + ': %d plural forms, %d expected' % (len(forms), expected)]
    else:
        forms = [translation.text or '']
    problems = []
    for form in forms:
        if not form.strip():
            problems.append(where + ': empty')
        elif sorted(set(PLACEHOLDER.findall(form))) != sorted(set(PLACEHOLDER.findall(source))):
            problems.append(where + ': placeholders differ in "%s"' % form)
    return problems


def main():
    lupdate, root, ts = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    language = ET.parse(ts).getroot().get('language')
    wanted, warnings = fresh_scan(lupdate, root, language)
    have = messages(ts)
    problems = list(warnings)
    for key, message in wanted.items():
        problems += problems_of(key, message, have.get(key))
    for problem in problems:
        print(problem)
    print('%s: %d texts, %d problems' % (ts.name, len(wanted), len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
