// Found by jsjit-fuzz (seed 20218, every tier): past console.log's depth of 2, node still prints
// an empty array or object as [] or {}; only one with elements or properties becomes [Array] or
// [Object].
let a = [1, 2, 3];
a.fill({ len: [] }, 0, 3);
let o = { x: 1, y: a };
console.log(o);
console.log({ a: { b: { c: {} } } }, { a: { b: { c: [] } } });
console.log({ a: { b: { c: { d: 1 } } } }, { a: { b: { c: [1] } } });
console.log([[[[]]]], [[[[1]]]], [[[{}]]], [[[{ k: 0 }]]]);
console.log([[[new Array(2)]]], { a: { b: { c: new Array(0) } } });
