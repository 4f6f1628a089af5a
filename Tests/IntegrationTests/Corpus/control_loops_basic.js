// while, do-while and for loops.
var i = 0;
var s = 0;
while (i < 10) {
  s += i;
  i++;
}
console.log(i, s);
// A while whose condition is false from the start never runs.
var ran = 0;
while (false) ran++;
console.log(ran);
// do-while runs its body at least once.
var d = 100;
var runs = 0;
do {
  runs++;
  d++;
} while (d < 50);
console.log(runs, d);
var e = 0;
do e += 3; while (e < 20);
console.log(e);
// for with let, counting down.
var down = '';
for (let k = 5; k > 0; k--) down += k;
console.log(down);
// for with empty parts.
var n = 0;
for (;;) {
  n++;
  if (n === 7) break;
}
console.log(n);
var m = 0;
for (; m < 4;) m++;
console.log(m);
// Step by 2 and by a double.
var evens = 0;
for (var j = 0; j <= 20000; j += 2) evens++;
console.log(evens);
var steps = 0;
for (var x = 0; x < 1; x += 0.125) steps++;
console.log(steps, x);
// Loop with an empty body.
var w;
for (w = 0; w < 1000; w++) {}
console.log(w);
