// How console.log prints flat objects: keys, quoting of strings, special numbers.
console.log({ a: 1, b: 'x' });
console.log({ s: "it's" });
console.log({ s: 'say "hi"' });
console.log({ s: '' });
console.log({ s: 'tab\there', n: 'line\nbreak' });
console.log({ s: 'back\\slash' });
console.log({ 'a-b': 1, 'c d': 2, 'e.f': 3 });
console.log({ $dollar: 1, _under: 2, camelCase: 3, UPPER: 4 });
console.log({ '123abc': 1, abc123: 2 });
console.log({ neg: -0, nan: NaN, inf: -Infinity, big: 1e21, small: 1e-7 });
console.log({ t: true, f: false, n: null, u: undefined });
// Non-ASCII string values print as they are.
console.log({ word: 'café', emoji: '😀' });
// Strings containing quotes, printed alone and inside arrays.
console.log(["it's", 'plain', 'say "hi"']);
console.log("it's", 'plain');
// Objects next to other values.
console.log('obj:', { k: 1 }, 'num:', 2);
console.log({}, [], {});
// An object built in a loop with several value kinds.
var o = {};
var vals = [1, 'one', true, null, 1.5];
var names = ['i', 's', 'b', 'n', 'd'];
for (var i = 0; i < vals.length; i++) o[names[i]] = vals[i];
console.log(o);
// A value printed before and after an update.
var rec = { state: 'new', tries: 0 };
console.log(rec);
rec.state = 'done';
rec.tries += 3;
console.log(rec);
