// Tokenises every bundled policy script with the TextMate grammar of editors/vscode, as VS Code
// does (vscode-textmate over the Oniguruma regex engine), and checks that:
//  - no character of a bundled script is left with only the file's root scope, or marked invalid;
//  - in each script, the first of each kind of token has the scope it should: the `policy`
//    keyword and the policy id, a rule id, a comment, a quoted text, a duration's number and unit,
//    and a code.
'use strict';
const fs = require('fs');
const path = require('path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const root = path.resolve(__dirname, '..', '..');
const grammarFile = path.join(root, 'editors', 'vscode', 'syntaxes', 'cin.tmLanguage.json');
const scriptsDir = path.join(root, 'policies', 'src', 'main', 'resources', 'policies');

const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm')).buffer;
const onigLib = oniguruma.loadWASM(wasm).then(() => ({
  createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
  createOnigString: (s) => new oniguruma.OnigString(s),
}));
const registry = new vsctm.Registry({
  onigLib,
  loadGrammar: async (scopeName) => scopeName === 'source.cin'
    ? vsctm.parseRawGrammar(fs.readFileSync(grammarFile, 'utf8'), grammarFile) : null,
});

/** Each line's tokens: {line, start, end, text, scopes}. */
function tokenize(grammar, text) {
  const out = [];
  let stack = vsctm.INITIAL;
  text.split('\n').forEach((line, index) => {
    const result = grammar.tokenizeLine(line, stack);
    result.tokens.forEach((t) => out.push({
      line: index + 1, start: t.startIndex, end: t.endIndex, text: line.substring(t.startIndex, t.endIndex), scopes: t.scopes,
    }));
    stack = result.ruleStack;
  });
  return out;
}

/** A line with its comment and the insides of its quoted texts blanked, so code patterns find code only. */
function codeOnly(line) {
  let out = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (!quoted && c === '#') { return out + ' '.repeat(line.length - i); }
    if (c === '"' && (!quoted || line[i - 1] !== '\\')) { quoted = !quoted; out += c; continue; }
    out += quoted ? ' ' : c;
  }
  return out;
}

/** The scopes of the token at the first match of `pattern` (group `group`, else the whole match). */
function scopesAt(tokens, text, pattern, group, inCodeOnly) {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const searched = inCodeOnly ? codeOnly(lines[i]) : lines[i];
    const m = pattern.exec(searched);
    if (m) {
      const column = searched.indexOf(group ? m[group] : m[0], m.index);
      const token = tokens.find((t) => t.line === i + 1 && t.start <= column && column < t.end);
      return { scopes: token.scopes, where: `${i + 1}:${column + 1} '${token.text}'` };
    }
  }
  return { scopes: [], where: pattern.toString() };
}

const expectations = [
  ['the policy keyword', /^policy\b/, 0, 'keyword.control.cin'],
  ['the policy id', /^policy\s+(\S+)/, 1, 'entity.name.type.policy.cin'],
  ['a rule id', /^(?:override\s+)?rule\s+(\S+)/, 1, 'entity.name.function.rule.cin'],
  ['a comment', /^\s*(# ?\w)/, 1, 'comment.line.number-sign.cin', false],
  ['a quoted text', /^\s*\w+ "(\w)/, 1, 'string.quoted.double.cin', false],
  ['a duration\'s number', /\b([0-9]+)\s+(?:working\s+)?(?:day|week|month|year)s?\b/, 1, 'constant.numeric.integer.cin'],
  ['a duration\'s unit', /\b[0-9]+\s+((?:working\s+)?(?:day|week|month|year)s?)\b/, 1, 'keyword.other.unit.cin'],
  ['a clause keyword', /^\s+(cite)\b/, 1, 'keyword.control.cin'],
  ['a code', /\b(?:is|in \[|with|when|by)\s*([a-z]+(?:-[a-z0-9]+)+)/, 1, 'constant.language.code.cin'],
];

(async () => {
  const grammar = await registry.loadGrammar('source.cin');
  const scripts = fs.readdirSync(scriptsDir).filter((f) => f.endsWith('.cin')).sort();
  let passed = 0;
  let failed = 0;
  const fail = (message) => { failed++; console.log('FAIL  ' + message); };
  if (scripts.length === 0) {
    fail('no bundled scripts in ' + scriptsDir);
  }
  for (const file of scripts) {
    const text = fs.readFileSync(path.join(scriptsDir, file), 'utf8');
    const tokens = tokenize(grammar, text);
    const unscoped = tokens.filter((t) => t.text.trim() !== ''
      && (t.scopes.length < 2 || t.scopes.some((s) => s.startsWith('invalid'))));
    if (unscoped.length > 0) {
      fail(`${file}: ${unscoped.length} tokens unscoped or invalid, first at ${unscoped[0].line}:${unscoped[0].start + 1} '${unscoped[0].text}'`);
    } else {
      passed++;
    }
    for (const [what, pattern, group, scope, inCodeOnly] of expectations) {
      const found = scopesAt(tokens, text, pattern, group, inCodeOnly !== false);
      if (found.scopes.includes(scope)) {
        passed++;
      } else {
        fail(`${file}: ${what} at ${found.where} has ${found.scopes.join(' ') || 'no token'}, expected ${scope}`);
      }
    }
  }
  // Words that are keywords only as whole words, and codes that hold a keyword.
  const sample = 'rule X-01 "t"\n  obligation visit\n    every 4 weeks from plan-started\n    met by visit with by team-manager\n'
      + 'role family-group-coordinator "a coordinator"\nplan element frequency-of-visits\n'
      + 'not expressible X-02 "hours"\n';
  const tokens = tokenize(grammar, sample);
  const check = (text, scope) => {
    const token = tokens.find((t) => t.text === text);
    const actual = token ? token.scopes[token.scopes.length - 1] : '(no token)';
    if (actual === scope) { passed++; } else { fail(`sample: '${text}' is ${actual}, expected ${scope}`); }
  };
  check('plan-started', 'constant.language.code.cin');
  check('team-manager', 'constant.language.code.cin');
  check('visit', 'entity.name.type.kind.cin');
  check('X-01', 'entity.name.function.rule.cin');
  check('role', 'keyword.control.cin');
  check('family-group-coordinator', 'constant.language.code.cin');
  check('frequency-of-visits', 'constant.language.code.cin');
  check('not expressible', 'keyword.control.cin');
  check('X-02', 'entity.name.function.rule.cin');
  console.log(`grammar: ${scripts.length} bundled scripts tokenised`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
})().catch((e) => { console.log('FAIL  ' + e.stack); console.log('0 passed, 1 failed'); process.exit(1); });
