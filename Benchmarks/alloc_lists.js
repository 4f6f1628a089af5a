// Allocation-heavy: a linked list of 10,000 nodes rebuilt 300 times; only the last one lives.
function build(n, seed) {
  var head = null;
  for (var i = 0; i < n; i++) head = { value: (i * seed) % 1000, next: head };
  return head;
}
function sum(list) {
  var s = 0;
  while (list !== null) { s += list.value; list = list.next; }
  return s;
}
var total = 0;
for (var round = 0; round < 2000; round++) total = (total + sum(build(10000, round + 1))) % 1000000007;
console.log("alloc_lists", total);
