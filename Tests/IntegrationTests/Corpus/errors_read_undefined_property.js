// Reading a property of undefined throws once the chain hits a missing link.
var config = { name: 'corpus', limits: { depth: 3, width: 8 } };
console.log(config.name, config.limits.depth, config.limits.width);
console.log(config.missing, config.limits.missing);
// Missing elements of arrays and strings are undefined, not errors.
var list = [1, 2, 3];
console.log(list[3], list[-1], 'abc'[5]);
// Walking a linked list until it ends.
var node3 = { v: 30, next: undefined };
var node2 = { v: 20, next: node3 };
var node1 = { v: 10, next: node2 };
function sum(node) {
  var s = 0;
  while (node !== undefined) {
    s += node.v;
    node = node.next;
  }
  return s;
}
console.log(sum(node1), sum(node2), sum(node3));
// A walk that goes one step too far reads .x of undefined.
function nth(node, n) {
  for (var i = 0; i < n; i++) node = node.next;
  return node.v;
}
console.log(nth(node1, 0), nth(node1, 1), nth(node1, 2));
function describe(n) {
  var v = nth(node1, n);
  return 'value ' + v;
}
console.log(describe(2));
var u;
console.log('u is', u);
console.log(u.x);
console.log('never printed');
