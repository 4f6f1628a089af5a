// UTF-16 code unit semantics.
var e = 'é';
console.log(e.length, e.charCodeAt(0));
var smile = '😀';
console.log(smile.length);
console.log(smile.charCodeAt(0), smile.charCodeAt(1));
var pair = String.fromCharCode(55357, 56832);
console.log(pair === smile, pair);
var mixed = 'a😀b';
console.log(mixed.length, mixed.indexOf('b'), mixed.charCodeAt(3));
console.log(mixed.slice(1, 3) === smile);
// Escapes in literals.
console.log('\u0041\u00e9'.length, '\u0041', '\x42');
console.log('\uD83D\uDE00' === smile);
console.log('tab\there'.length, 'a\\b'.length, 'q\'q'.length, "d\"d".length);
console.log('line1\nline2');
// Code-unit comparison: U+FFFF sorts after the surrogate U+D83D.
console.log('\uFFFF' > smile, 'z' < smile, 'é' > 'z');
// Counting code units above 127.
var text = 'naïve café ☕ 😀!';
var high = 0;
for (var i = 0; i < text.length; i++) {
  if (text.charCodeAt(i) > 127) high++;
}
console.log(text.length, high);
