// Object literals, dot and bracket access, missing properties and updates.
var p = { x: 1, y: 2 };
console.log(p.x, p.y, p['x'], p['y']);
console.log(p.z, p['z'], p.z === undefined);
p.z = 3;
console.log(p, p.z);
p.x = 'one';
console.log(p);
// Values of every primitive kind.
var all = { n: 1.5, s: 'str', t: true, f: false, nl: null, u: undefined };
console.log(all);
console.log(all.n + 1, all.s + '!', !all.t, all.nl === null, all.u === undefined);
// Empty objects and objects built one property at a time.
var e = {};
console.log(e, e.anything);
e.a = 1;
e.b = e.a + 1;
e.c = e.b * 10;
console.log(e);
// Property names that are keywords are allowed after a dot.
var kw = { if: 1, var: 2, function: 3, return: 4, new: 5 };
console.log(kw.if + kw.var + kw.function + kw.return + kw.new);
// Duplicate keys in a literal: the last one wins but keeps the first position.
var dup = { a: 1, b: 2, a: 3 };
console.log(dup, dup.a);
// Objects inside objects, read through chains (never printed whole).
var outer = { inner: { deeper: { value: 42 } }, list: [10, 20] };
console.log(outer.inner.deeper.value, outer.list[1], outer['inner']['deeper']['value']);
outer.inner.deeper.value++;
console.log(outer.inner.deeper.value);
// Property values computed from expressions.
var k = 7;
var calc = { sq: k * k, half: k / 2, str: 'k=' + k, cmp: k > 5 };
console.log(calc);
// Truthiness of objects, including empty ones.
console.log(!!{}, !{}, {} ? 'yes' : 'no');
// Reading many properties in a loop.
var counts = { a: 0, b: 0, c: 0 };
var text = 'abcabcaab';
for (var i = 0; i < text.length; i++) {
  counts[text[i]] = counts[text[i]] + 1;
}
console.log(counts);
