// A function body that is never closed: the parser reaches the end of the input.
// Nothing is printed: the whole program is parsed before any of it runs.
console.log('this line is never printed');
var total = 0;
function addAll(list) {
  var s = 0;
  for (var i = 0; i < list.length; i++) {
    s += list[i];
  }
  return s;
}
total = addAll([1, 2, 3]);
console.log(total);
function unfinished(n) {
  if (n > 0) {
    console.log('positive');
  } else {
    console.log('not positive');
  }
  while (n > 0) {
    n--;
  }
  return n;
