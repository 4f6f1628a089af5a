// == versus === across types.
console.log(1 == '1', 1 === '1');
console.log(0 == '', 0 === '');
console.log(0 == '0', '' == '0');
console.log(0 == false, '' == false, '0' == false);
console.log(1 == true, 2 == true, '1' == true);
console.log('true' == true, 'false' == false);
console.log(null == undefined, null === undefined);
console.log(null == 0, null == '', undefined == '');
console.log(null == false, undefined == null);
console.log(NaN == NaN, NaN === NaN, NaN != NaN, NaN !== NaN);
console.log(-0 == 0, -0 === 0);
console.log(Infinity == Infinity, -Infinity == Infinity);
console.log(' 1 ' == 1, '\n' == 0, '1e3' == 1000, '0x10' == 16);
console.log('abc' == 'abc', 'abc' === 'abc', 'abc' == 'ABC');
console.log(1 != '1', 1 !== '1', null != undefined, null !== undefined);
// Objects compare by identity only.
var o = {};
var a = [];
console.log(o == o, o === o, a == a, {} == {}, [] === []);
// Functions too.
function f() {}
console.log(f == f, f === f);
