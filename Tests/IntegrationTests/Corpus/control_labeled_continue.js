// Labeled continue and break reaching outer loops of every kind.
var out = [];
rows: for (var r = 0; r < 5; r++) {
  for (var c = 0; c < 5; c++) {
    if (c > r) continue rows;
    if ((r + c) % 3 === 0) continue;
    out.push(r * 10 + c);
  }
}
console.log(out.length, out.join(' '));
// continue outer from inside a while nested in a for.
var found = '';
outer: for (var i = 2; i < 30; i++) {
  var d = 2;
  while (d * d <= i) {
    if (i % d === 0) continue outer;
    d++;
  }
  found += i + ' ';
}
console.log(found);
// continue outer from inside a do-while: the outer update still runs.
var count = 0;
var trace = '';
loop: for (var a = 0; a < 4; a++) {
  var b = 0;
  do {
    b++;
    count++;
    if (b === a) continue loop;
  } while (b < 3);
  trace += a;
}
console.log(count, trace, a);
// Labeled while loops with continue on the outer one.
var p = 0;
var visits = 0;
outerWhile: while (p < 5) {
  p++;
  for (var q = 1; q <= 5; q++) {
    visits++;
    if (q === p) continue outerWhile;
  }
}
console.log(p, visits);
// Labeled continue inside a function, in a hot loop.
function countCoprimePairs(n) {
  var pairs = 0;
  for (var i = 1; i <= n; i++) {
    next: for (var j = 1; j <= n; j++) {
      for (var k = 2; k <= i && k <= j; k++) {
        if (i % k === 0 && j % k === 0) continue next;
      }
      pairs++;
    }
  }
  return pairs;
}
console.log(countCoprimePairs(10), countCoprimePairs(30));
// Labeled break from a block of nested ifs inside loops.
var where = 'none';
search: for (var m = 0; m < 10; m++) {
  for (var n = 0; n < 10; n++) {
    if (m * n === 42) {
      if (m < n) {
        where = m + 'x' + n;
        break search;
      }
    }
  }
}
console.log(where, m, n);
