// Empty objects and arrays print whole at any depth; non-empty ones past depth 2 are [Object]/[Array].
console.log({ a: { b: { c: {} } } });
console.log([[[[]]]], [[[[1]]]]);
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ a: { b: { c: [] } } }, { a: { b: { c: [0] } } });
console.log([[[{}, [], new Array(3)]]]);
console.log(Math, String, [String], { m: Math }, [[[Math]]]);
