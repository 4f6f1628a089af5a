// Relational comparisons with conversions.
console.log(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 2 > 1);
console.log('10' < '9', '10' < 9, 10 < '9');
console.log('a' < 'b', 'B' < 'a', 'a' < 'B');
console.log('abc' < 'abd', 'ab' < 'abc', '' < 'a', 'a' < '');
console.log('Z' < 'a', 'z' > 'Za');
console.log('2' > '12', 2 > '12');
console.log(null < 1, null > -1, null >= 0, null > 0, null <= 0);
console.log(undefined < 1, undefined > 1, undefined >= undefined);
console.log(NaN < 1, NaN > 1, NaN <= NaN, NaN >= NaN);
console.log('abc' < 1, 'abc' > 1);
console.log(true > false, true >= 1, false < 1);
console.log(-0 < 0, -0 <= 0, 0 >= -0);
console.log(-Infinity < -1e308, Infinity > 1e308);
console.log('1e2' > 99, '1e2' > '99');
// Mixed int and double.
console.log(1 < 1.5, 2.5 >= 2, 3 <= 2.999);
console.log(2147483647 < 2147483648, -2147483648 > -2147483649);
// Comparisons of strings with numbers convert the string.
console.log(' 12 ' < 13, '0x10' > 15, '' < 1, '1e3' >= 1000);
