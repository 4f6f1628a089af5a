// A stray # in the middle of an expression.
// Nothing is printed: the whole program is parsed before any of it runs.
console.log('this line is never printed');
function square(x) {
  return x * x;
}
var n = 4;
console.log(square(n));
var squares = [];
for (var i = 0; i < 5; i++) {
  squares.push(square(i));
}
console.log(squares);
var o = { hash: '#', count: 1 };
o.count += 1;
console.log(o);
var text = 'a # inside a string is fine';
console.log(text.indexOf(o.hash));
var m = n # 2;
console.log(m);
