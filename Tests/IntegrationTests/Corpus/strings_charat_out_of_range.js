// charAt, charCodeAt and [] at, before and past the ends, and with odd index values.
var s = 'abc';
var idx = [-1, 0, 1, 2, 3, 4, 100];
for (var i = 0; i < idx.length; i++) {
  var k = idx[i];
  console.log(k, '[' + s.charAt(k) + ']', s.charCodeAt(k), s[k]);
}
// Non-integer and non-number indices are converted with ToIntegerOrInfinity.
console.log(s.charAt(1.9), s.charAt(-0.9), s.charAt(NaN), s.charAt('2'), s.charAt(true));
console.log(s.charCodeAt(2.999), s.charCodeAt(-0.5), s.charCodeAt(NaN), s.charCodeAt(null), s.charCodeAt(undefined));
console.log(s.charAt(Infinity) === '', s.charCodeAt(-Infinity), s.charAt(' 1 '), s.charAt('x'));
// Bracket access with string keys that are not canonical indices is undefined.
console.log(s['1'], s['01'], s['1.0'], s[1.0], s[-0]);
// The empty string.
var e = '';
console.log(e.charAt(0) === '', e.charCodeAt(0), e[0], e.length);
// Summing char codes, including the out-of-range reads that give NaN.
var sum = 0;
for (var j = 0; j < s.length; j++) sum += s.charCodeAt(j);
console.log(sum, sum + s.charCodeAt(s.length));
// Building a string by charAt, reading past the end yields empty strings.
var out = '';
for (var m = -2; m < 6; m++) out += s.charAt(m);
console.log(out, out.length);
// Reading every char of a longer string with each method agrees.
var text = 'The quick brown fox';
var same = 0;
for (var n = 0; n < text.length; n++) {
  if (text[n] === text.charAt(n) && text.charCodeAt(n) === text[n].charCodeAt(0)) same++;
}
console.log(same, text.length);
// Char codes of special characters.
var specials = '\t\n\r \\\'"\0';
var codes = [];
for (var p = 0; p < specials.length; p++) codes.push(specials.charCodeAt(p));
console.log(codes.length, codes.slice(0, 4), codes.slice(4));
// Indexing the result of a concatenation directly.
console.log(('ab' + 'cd')[2], ('x' + 1)[1], ('' + 12345)[4], (1 + '')[1]);
