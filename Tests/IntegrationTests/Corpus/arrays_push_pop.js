// push returns the new length; pop returns the removed element.
var a = [];
console.log(a.push(1), a.push(2, 3), a.push(), a.length);
console.log(a);
console.log(a.pop(), a.pop(), a, a.length);
console.log(a.pop(), a.pop(), a.pop(), a.length);
console.log(a);
// Pushing every kind of value.
var b = [];
b.push(1, 'str', true, null, undefined);
console.log(b, b.length);
b.push(-0);
console.log(b.pop(), b.pop(), b.pop());
// A stack: balanced brackets.
function balanced(s) {
  var stack = [];
  for (var i = 0; i < s.length; i++) {
    var c = s[i];
    if (c === '(' || c === '[') stack.push(c);
    else if (c === ')') {
      if (stack.pop() !== '(') return false;
    } else if (c === ']') {
      if (stack.pop() !== '[') return false;
    }
  }
  return stack.length === 0;
}
console.log(balanced('([])()'), balanced('(]'), balanced('(('), balanced(''), balanced('))'));
// Many pushes and pops.
var big = [];
for (var i = 0; i < 50000; i++) big.push(i);
var s = 0;
while (big.length > 25000) s += big.pop();
console.log(big.length, s, big[big.length - 1]);
// push after a length truncation.
var t = [1, 2, 3, 4];
t.length = 1;
console.log(t.push(9), t);
// pop on an array of one and on an empty array.
var one = ['only'];
console.log(one.pop(), one.length, one.pop(), one.length);
// Alternating push and pop keeps the array small.
var alt = [];
var popped = 0;
for (var k = 0; k < 1000; k++) {
  alt.push(k);
  alt.push(k + 1);
  popped += alt.pop();
}
console.log(alt.length, popped, alt[0], alt[999]);
// Reversing by popping into another array.
var src = ['a', 'b', 'c', 'd'];
var dst = [];
while (src.length) dst.push(src.pop());
console.log(dst, src);
