// Unicode escapes in identifiers name the same binding as the plain spelling (node accepts
// them anywhere an identifier goes); a reserved word spelled with escapes is still a property
// name, and `let`/`yield` are ordinary names in sloppy code.
var \u0061 = 1;
\u{61} += 10;
console.log(a, \u0061, \u{0061});

function s\u0075m(\u0078, y) { return x + \u{79}; }
console.log(sum(2, 3), s\u{75}m(4, 5));

var caf\u00e9 = 'coffee';
console.log(café);

var \u{10400}x = 5;
console.log(\u{10400}x * 2);

var $\u005F = 'dollar-underscore';
console.log($_);

var o = { v\u0061r: 1, n\u0065w: 2, \u0062: 3 };
console.log(o.var, o.new, o.b, o.v\u0061r, o.\u006e\u0065\u0077, o);

var l\u0065t = 'let is a name here';
console.log(l\u0065t);
