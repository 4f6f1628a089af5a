// Found by jsjit-fuzz (seeds 6, 54 and 1030, under --gc-stress): `+` converts both operands
// to primitives before it concatenates; a collection during the second conversion must keep
// the first one's string.
const pair = [1] + [1, 1];
console.log(pair, [1, 2] + [3], [] + [5]);
console.log(0 + (1 + [0, 1]), 772.5 + [2], 0.1 + [0, 1], [7] + 1, 'x1' + (0.1 + [0, 1]));
let s = 'x';
s += (1e-1 + [0, 1]);
console.log(s, { k0: (0 + (1 + [2])) });
let parts = [];
for (let i = 0; i < 40; i++) parts.push(i + [i, -1]);
console.log(parts.join(' '));
