// typeof on every kind of value and on expressions.
console.log(typeof 1, typeof 1.5, typeof -0, typeof NaN, typeof Infinity);
console.log(typeof 'str', typeof '', typeof true, typeof false);
console.log(typeof null, typeof undefined, typeof {}, typeof [], typeof [1, 2]);
console.log(typeof function () {}, typeof (x => x), typeof Math, typeof Math.sin);
// typeof of undeclared names is 'undefined' and does not throw.
console.log(typeof neverDeclared, typeof neverDeclared === 'undefined');
// typeof of declared but unassigned variables.
var v;
let l;
console.log(typeof v, typeof l);
// typeof always returns a string.
console.log(typeof typeof 1, (typeof 1).length, typeof 1 + typeof 'x');
// typeof of results of operators.
console.log(typeof (1 + 1), typeof (1 + '1'), typeof ('3' * '4'), typeof !0, typeof ~'x');
console.log(typeof (1 < 2), typeof (null || 'x'), typeof (0 && 'x'), typeof [].length);
console.log(typeof 'abc'[0], typeof 'abc'[5], typeof 'abc'.length, typeof 'abc'.charCodeAt(9));
// typeof of properties.
var o = { n: 1, s: 's', f: function () {}, o: {}, a: [], u: undefined, nl: null };
var keys = ['n', 's', 'f', 'o', 'a', 'u', 'nl', 'missing'];
var out = '';
for (var i = 0; i < keys.length; i++) out += keys[i] + ':' + typeof o[keys[i]] + ' ';
console.log(out);
// Dispatching on typeof.
function describe(x) {
  var t = typeof x;
  if (t === 'number') return x !== x ? 'nan' : 'num ' + x;
  if (t === 'string') return 'str(' + x.length + ')';
  if (t === 'boolean') return x ? 'yes' : 'no';
  if (t === 'undefined') return 'nothing';
  if (t === 'function') return 'fn';
  if (x === null) return 'null';
  return 'object';
}
var samples = [0, NaN, 'hey', '', true, undefined, null, {}, [], describe, -0];
var descs = [];
for (var j = 0; j < samples.length; j++) descs.push(describe(samples[j]));
console.log(descs.join(' | '));
// typeof in comparisons with each other.
console.log(typeof 1 === typeof 2.5, typeof null === typeof {}, typeof [] === typeof {}, typeof '1' === typeof 1);
// typeof binds tighter than binary operators.
console.log(typeof 1 === 'number', typeof (1 === 'number'), typeof 1 + 1);
// Counting kinds in a mixed array.
var counts = { number: 0, string: 0, boolean: 0, object: 0, undefined: 0, function: 0 };
var mixed = [1, 'a', true, null, undefined, [], {}, 2.5, describe, 'b', false];
for (var k = 0; k < mixed.length; k++) counts[typeof mixed[k]]++;
console.log(counts.number, counts.string, counts.boolean, counts.object, counts.undefined, counts.function);
