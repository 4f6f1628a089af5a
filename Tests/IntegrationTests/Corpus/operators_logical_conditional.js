// && and || return one of their operands; ?: chains; short-circuit evaluation.
console.log(1 && 2, 0 && 2, '' && 'x', 'a' && '', null && 1, undefined && 1, NaN && 1);
console.log(1 || 2, 0 || 2, '' || 'x', 'a' || '', null || undefined, undefined || null, NaN || 0);
console.log(true && false || 'c', false || true && 'd', 0 || '' || null, 1 && 'x' && 3.5);
console.log(!!'', !!'0', !!' ', !!0, !!-0, !!NaN, !!{}, !![], !!-1);
// Short-circuiting skips the right side.
var log = '';
function mark(tag, value) {
  log += tag;
  return value;
}
mark('a', 0) && mark('b', 1);
mark('c', 1) && mark('d', 1);
mark('e', 1) || mark('f', 1);
mark('g', 0) || mark('h', 0);
console.log(log);
log = '';
var r = mark('1', 0) || mark('2', '') || mark('3', 'found') || mark('4', 'late');
console.log(r, log);
log = '';
var q = mark('1', 1) && mark('2', 'x') && mark('3', null) && mark('4', 'late');
console.log(q, log);
// Default values with ||, guarded access with &&.
function nameOf(o) {
  return o && o.name || 'anonymous';
}
console.log(nameOf({ name: 'ann' }), nameOf({ name: '' }), nameOf(null), nameOf(undefined), nameOf({}));
// ?: chains.
function size(n) {
  return n < 10 ? 'small' : n < 100 ? 'medium' : n < 1000 ? 'large' : 'huge';
}
console.log(size(5), size(50), size(500), size(5000), size(NaN), size(-Infinity));
// ?: evaluates only one branch.
log = '';
var pick = 1 ? mark('T', 'yes') : mark('F', 'no');
console.log(pick, log);
// Conditions of every kind in ?:.
var vals = [0, 1, '', 'x', null, undefined, NaN, [], {}, -0, '0', 'false'];
var s = '';
for (var i = 0; i < vals.length; i++) s += vals[i] ? 'T' : 'F';
console.log(s);
// Nested logical expressions in a loop.
var hits = 0;
for (var j = 0; j < 100; j++) {
  if ((j % 3 === 0 || j % 5 === 0) && !(j % 15 === 0)) hits++;
}
console.log(hits);
// Logical operators as values stored and compared.
var a = null;
var b = a || {};
b.k = 1;
var c = b && b.k;
console.log(b, c, a || b === b, (a || b) === b);
// Logical not of not.
console.log(!0 === true, !!'' === false, !'a' || 'fallback', !null && 'ok');
