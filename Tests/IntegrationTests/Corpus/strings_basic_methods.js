// length, charAt, charCodeAt, indexing.
var s = 'Hello, World';
console.log(s.length);
console.log(s.charAt(0), s.charAt(7), s.charAt(11));
console.log(s.charAt(12) === '', s.charAt(-1) === '');
console.log(s.charCodeAt(0), s.charCodeAt(4), s.charCodeAt(5));
console.log(s.charCodeAt(99), s.charCodeAt(-1));
console.log(s[0], s[1], s[11], s[12]);
// Index conversion: strings and doubles.
console.log(s.charAt('1'), s.charAt(1.9), s.charCodeAt(2.5));
console.log(s['4']);
// Default argument of charAt / charCodeAt is 0.
console.log(s.charAt(), s.charCodeAt());
// Empty string.
var e = '';
console.log(e.length, e.charAt(0) === '', e.charCodeAt(0), e[0]);
// Writing to an index is ignored (sloppy mode).
var t = 'abc';
t[0] = 'z';
console.log(t);
