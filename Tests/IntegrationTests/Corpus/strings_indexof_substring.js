// indexOf with and without a start position.
var s = 'the cat sat on the mat';
console.log(s.indexOf('the'), s.indexOf('the', 1), s.indexOf('at'), s.indexOf('at', 6));
console.log(s.indexOf('dog'), s.indexOf(''), s.indexOf('', 5), s.indexOf('', 100));
console.log(s.indexOf('t', -5), s.indexOf('mat', 19), s.indexOf('mat', 20));
// substring swaps and clamps its arguments.
console.log(s.substring(4, 7));
console.log(s.substring(7, 4));
console.log(s.substring(-3, 3));
console.log(s.substring(19));
console.log(s.substring(19, 100));
console.log(s.substring(NaN, 3));
console.log(s.substring(5, 5) === '');
// slice counts negative positions from the end.
console.log(s.slice(4, 7));
console.log(s.slice(-3));
console.log(s.slice(-7, -4));
console.log(s.slice(7, 4) === '');
console.log(s.slice(0, -19));
console.log(s.slice(100) === '');
// Counting occurrences with indexOf in a loop.
var count = 0;
var pos = s.indexOf('at');
while (pos !== -1) {
  count++;
  pos = s.indexOf('at', pos + 1);
}
console.log(count);
