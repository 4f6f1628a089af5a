import Glibc

/// The fdlibm algorithms V8 computes Math with (its src/base/ieee754.cc), so results match node
/// bit for bit where the C library rounds differently. Written from fdlibm/FreeBSD msun; the
/// word manipulation mirrors the C (high word signed, low word unsigned).
enum IEEE754 {
    // MARK: Words of a double

    @inline(__always) static func high(_ x: Double) -> Int32 { Int32(truncatingIfNeeded: x.bitPattern >> 32) }
    @inline(__always) static func low(_ x: Double) -> UInt32 { UInt32(truncatingIfNeeded: x.bitPattern) }
    @inline(__always) static func double(high: Int32, low: UInt32) -> Double {
        Double(bitPattern: UInt64(UInt32(bitPattern: high)) << 32 | UInt64(low))
    }
    @inline(__always) static func withHigh(_ x: Double, _ high: Int32) -> Double { double(high: high, low: low(x)) }
    @inline(__always) static func withLowCleared(_ x: Double) -> Double { double(high: high(x), low: 0) }

    // MARK: cbrt (FreeBSD s_cbrt.c)

    static func cbrt(_ x: Double) -> Double {
        let b1: UInt32 = 715_094_163 // (1023-1023/3-0.03306235651)*2**20
        let b2: UInt32 = 696_219_795 // (1023-1023/3-54/3-0.03306235651)*2**20
        let p0 = 1.87595182427177009643, p1 = -1.88497979543377169875, p2 = 1.621429720105354466140
        let p3 = -0.758397934778766047437, p4 = 0.145996192886612446982

        var hx = UInt32(bitPattern: high(x))
        let lx = low(x)
        let sign = hx & 0x8000_0000
        hx ^= sign
        if hx >= 0x7ff0_0000 { return x + x } // NaN, ±Infinity
        var t: Double
        if hx < 0x0010_0000 { // zero or subnormal
            if hx | lx == 0 { return x }
            t = x * double(high: 0x4350_0000, low: 0) // x * 2**54
            let th = UInt32(bitPattern: high(t)) & 0x7fff_ffff
            t = double(high: Int32(bitPattern: sign | (th / 3 + b2)), low: 0)
        } else {
            t = double(high: Int32(bitPattern: sign | (hx / 3 + b1)), low: 0)
        }
        // A polynomial step to 23 bits, rounded away from zero to 23 bits, then one Newton step.
        var r = (t * t) * (t / x)
        t = t * ((p0 + r * (p1 + r * p2)) + ((r * r) * r) * (p3 + r * p4))
        t = Double(bitPattern: (t.bitPattern &+ 0x8000_0000) & 0xffff_ffff_c000_0000)
        let s = t * t
        r = x / s
        let w = t + t
        r = (r - t) / (w + r)
        return t + t * r
    }

    // MARK: exp (e_exp.c)

    static let expP1 = 1.66666666666666019037e-01, expP2 = -2.77777777770155933842e-03
    static let expP3 = 6.61375632143793436117e-05, expP4 = -1.65339022054652515390e-06
    static let expP5 = 4.13813679705723846039e-08
    static let ln2Hi = 6.93147180369123816490e-01, ln2Lo = 1.90821492927058770002e-10
    static let twoM1000 = 9.33263618503218878990e-302 // 2**-1000

    static func exp(_ x: Double) -> Double {
        let huge = 1.0e300
        let overflowThreshold = 7.09782712893383973096e+02
        let underflowThreshold = -7.45133219101941108420e+02
        let invLn2 = 1.44269504088896338700e+00
        var hx = UInt32(bitPattern: high(x))
        let negative = hx >> 31 == 1
        hx &= 0x7fff_ffff
        var x = x
        if hx >= 0x4086_2e42 { // |x| >= 709.78...
            if hx >= 0x7ff0_0000 {
                if (hx & 0xfffff) | low(x) != 0 { return x + x } // NaN
                return negative ? 0 : x // exp(±Infinity) = Infinity, 0
            }
            if x > overflowThreshold { return huge * huge }
            if x < underflowThreshold { return twoM1000 * twoM1000 }
        }
        var hi = 0.0, lo = 0.0
        var k: Int32 = 0
        if hx > 0x3fd6_2e42 { // |x| > 0.5 ln2: reduce to x - k ln2
            if hx < 0x3ff0_a2b2 { // and |x| < 1.5 ln2
                if x == 1 { return M_E } // V8 keeps Math.exp(1) === Math.E
                hi = negative ? x + ln2Hi : x - ln2Hi
                lo = negative ? -ln2Lo : ln2Lo
                k = negative ? -1 : 1
            } else {
                k = Int32(invLn2 * x + (negative ? -0.5 : 0.5))
                let t = Double(k)
                hi = x - t * ln2Hi // t * ln2Hi is exact here
                lo = t * ln2Lo
            }
            x = hi - lo
        } else if hx < 0x3e30_0000 { // |x| < 2**-28
            return 1 + x
        }
        let t = x * x
        let c = x - t * (expP1 + t * (expP2 + t * (expP3 + t * (expP4 + t * expP5))))
        if k == 0 { return 1 - ((x * c) / (c - 2.0) - x) }
        let y = 1 - ((lo - (x * c) / (2.0 - c)) - hi)
        if k >= -1021 {
            return withHigh(y, high(y) &+ (k << 20))
        }
        return withHigh(y, high(y) &+ ((k + 1000) << 20)) * twoM1000
    }

    // MARK: log, log2, log10 (e_log.c, FreeBSD e_log2.c, e_log10.c)

    static let lg1 = 6.666666666666735130e-01, lg2 = 3.999999999940941908e-01
    static let lg3 = 2.857142874366239149e-01, lg4 = 2.222219843214978396e-01
    static let lg5 = 1.818357216161805012e-01, lg6 = 1.531383769920937332e-01
    static let lg7 = 1.479819860511658591e-01
    static let two54 = 1.80143985094819840000e+16

    static func log(_ x: Double) -> Double {
        var x = x
        var hx = high(x)
        let lx = low(x)
        var k: Int32 = 0
        if hx < 0x0010_0000 { // x < 2**-1022
            if UInt32(bitPattern: hx & 0x7fff_ffff) | lx == 0 { return -.infinity }
            if hx < 0 { return .nan }
            k -= 54
            x *= two54 // subnormal: scale up
            hx = high(x)
        }
        if hx >= 0x7ff0_0000 { return x + x }
        k += (hx >> 20) - 1023
        hx &= 0x000f_ffff
        var i = (hx + 0x95f64) & 0x0010_0000
        x = withHigh(x, hx | (i ^ 0x3ff0_0000)) // normalize x or x/2
        k += i >> 20
        let f = x - 1.0
        let dk = Double(k)
        if (0x000f_ffff & (2 + hx)) < 3 { // -2**-20 <= f < 2**-20
            if f == 0 { return k == 0 ? 0 : dk * ln2Hi + dk * ln2Lo }
            let r = f * f * (0.5 - 0.33333333333333333 * f)
            return k == 0 ? f - r : dk * ln2Hi - ((r - dk * ln2Lo) - f)
        }
        let s = f / (2.0 + f)
        let z = s * s
        i = hx - 0x6147a
        let w = z * z
        let j = 0x6b851 - hx
        let t1 = w * (lg2 + w * (lg4 + w * lg6))
        let t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)))
        i |= j
        let r = t2 + t1
        if i > 0 {
            let hfsq = 0.5 * f * f
            return k == 0 ? f - (hfsq - s * (hfsq + r)) : dk * ln2Hi - ((hfsq - (s * (hfsq + r) + dk * ln2Lo)) - f)
        }
        return k == 0 ? f - s * (f - r) : dk * ln2Hi - ((s * (f - r) - dk * ln2Lo) - f)
    }

    /// log(1+f) - f + f*f/2 for f in [sqrt(2)/2-1, sqrt(2)-1] (k_log.h).
    static func kLog1p(_ f: Double) -> Double {
        let s = f / (2.0 + f)
        let z = s * s
        let w = z * z
        let t1 = w * (lg2 + w * (lg4 + w * lg6))
        let t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)))
        let hfsq = 0.5 * f * f
        return s * (hfsq + (t2 + t1))
    }

    /// Splits x into k and f with x = 2**k * (1+f), 1+f in [sqrt(2)/2, sqrt(2)); nil with the
    /// result for zero, negative, NaN, Infinity and 1.
    static func logReduce(_ x: Double) -> (k: Int32, f: Double)? {
        var x = x
        var hx = high(x)
        let lx = low(x)
        var k: Int32 = 0
        if hx < 0x0010_0000 {
            if UInt32(bitPattern: hx & 0x7fff_ffff) | lx == 0 { return nil }
            if hx < 0 { return nil }
            k -= 54
            x *= two54
            hx = high(x)
        }
        if hx >= 0x7ff0_0000 || (hx == 0x3ff0_0000 && lx == 0) { return nil }
        k += (hx >> 20) - 1023
        hx &= 0x000f_ffff
        let i = (hx + 0x95f64) & 0x0010_0000
        x = withHigh(x, hx | (i ^ 0x3ff0_0000))
        k += i >> 20
        return (k, x - 1.0)
    }

    static func logSpecial(_ x: Double) -> Double {
        if x == 0 { return -.infinity }
        if x < 0 || x.isNaN { return .nan }
        return x == 1 ? 0 : x // +Infinity
    }

    static func log2(_ x: Double) -> Double {
        let ivln2hi = 1.44269504072144627571e+00, ivln2lo = 1.67517131648865118353e-10
        guard let (k, f) = logReduce(x) else { return logSpecial(x) }
        let y = Double(k)
        let hfsq = 0.5 * f * f
        let r = kLog1p(f)
        let hi = withLowCleared(f - hfsq)
        let lo = (f - hi) - hfsq + r
        var valHi = hi * ivln2hi
        var valLo = (lo + hi) * ivln2lo + lo * ivln2hi
        let w = y + valHi
        valLo += (y - w) + valHi
        valHi = w
        return valLo + valHi
    }

    /// The older fdlibm log10 (V8 keeps it): k*log10(2) + log(m)/ln(10) in extra precision.
    static func log10(_ x: Double) -> Double {
        let ivln10 = 4.34294481903251816668e-01
        let log10of2hi = 3.01029995663611771306e-01, log10of2lo = 3.69423907715893078616e-13
        var x = x
        var hx = high(x)
        var lx = low(x)
        var k: Int32 = 0
        if hx < 0x0010_0000 {
            if UInt32(bitPattern: hx & 0x7fff_ffff) | lx == 0 { return -.infinity }
            if hx < 0 { return .nan }
            k -= 54
            x *= two54
            hx = high(x)
            lx = low(x)
        }
        if hx >= 0x7ff0_0000 { return x + x }
        if hx == 0x3ff0_0000 && lx == 0 { return 0 }
        k += (hx >> 20) - 1023
        let i = Int32(bitPattern: (UInt32(bitPattern: k) & 0x8000_0000) >> 31)
        hx = (hx & 0x000f_ffff) | ((0x3ff - i) << 20)
        let y = Double(k + i)
        x = double(high: hx, low: lx)
        let z = y * log10of2lo + ivln10 * log(x)
        return z + y * log10of2hi
    }

    // MARK: pow (e_pow.c)

    static func pow(_ x: Double, _ y: Double) -> Double {
        // V8's legacy cases ahead of fdlibm: a NaN exponent, and ±1 to an infinite power, are NaN.
        if y.isNaN { return .nan }
        if y.isInfinite && (x == 1 || x == -1) { return .nan }
        let dpH = [0.0, 5.84962487220764160156e-01], dpL = [0.0, 1.35003920212974897128e-08]
        let bp = [1.0, 1.5]
        let two53 = 9007199254740992.0, huge = 1.0e300, tiny = 1.0e-300
        let l1 = 5.99999999999994648725e-01, l2 = 4.28571428578550184252e-01
        let l3 = 3.33333329818377432918e-01, l4 = 2.72728123808534006489e-01
        let l5 = 2.30660745775561754067e-01, l6 = 2.06975017800338417784e-01
        let lg2 = 6.93147180559945286227e-01, lg2H = 6.93147182464599609375e-01, lg2L = -1.90465429995776804525e-09
        let ovt = 8.0085662595372944372e-17 // -(1024-log2(ovfl+.5ulp))
        let cp = 9.61796693925975554329e-01, cpH = 9.61796700954437255859e-01, cpL = -7.02846165095275826516e-09
        let ivln2 = 1.44269504088896338700e+00, ivln2H = 1.44269502162933349609e+00, ivln2L = 1.92596299112661746887e-08

        let hx = high(x), lx = low(x), hy = high(y), ly = low(y)
        var ix = hx & 0x7fff_ffff
        let iy = hy & 0x7fff_ffff
        if UInt32(bitPattern: iy) | ly == 0 { return 1 }
        if ix > 0x7ff0_0000 || (ix == 0x7ff0_0000 && lx != 0) || iy > 0x7ff0_0000 || (iy == 0x7ff0_0000 && ly != 0) {
            return x + y
        }
        // yIsInt: 0 y is not an integer, 1 an odd integer, 2 an even integer (only for x < 0).
        var yIsInt: Int32 = 0
        if hx < 0 {
            if iy >= 0x4340_0000 {
                yIsInt = 2
            } else if iy >= 0x3ff0_0000 {
                let e = (iy >> 20) - 0x3ff
                if e > 20 {
                    let j = ly >> UInt32(52 - e)
                    if j << UInt32(52 - e) == ly { yIsInt = 2 - Int32(j & 1) }
                } else if ly == 0 {
                    let j = iy >> (20 - e)
                    if j << (20 - e) == iy { yIsInt = 2 - (j & 1) }
                }
            }
        }
        if ly == 0 { // special values of y
            if iy == 0x7ff0_0000 { // ±Infinity
                if (ix - 0x3ff0_0000) | Int32(bitPattern: lx) == 0 { return y - y }
                if ix >= 0x3ff0_0000 { return hy >= 0 ? y : 0 }
                return hy < 0 ? -y : 0
            }
            if iy == 0x3ff0_0000 { return hy < 0 ? 1 / x : x }
            if hy == 0x4000_0000 { return x * x }
            if hy == 0x3fe0_0000 && hx >= 0 { return x.squareRoot() }
        }
        var ax = Swift.abs(x)
        if lx == 0 && (ix == 0x7ff0_0000 || ix == 0 || ix == 0x3ff0_0000) { // x is ±0, ±Infinity, ±1
            var z = ax
            if hy < 0 { z = 1 / z }
            if hx < 0 {
                if (ix - 0x3ff0_0000) | yIsInt == 0 {
                    z = .nan // (-1) ** non-integer
                } else if yIsInt == 1 {
                    z = -z
                }
            }
            return z
        }
        var n: Int32 = (hx >> 31) + 1
        if n | yIsInt == 0 { return .nan } // (x<0) ** non-integer
        let s: Double = n | (yIsInt - 1) == 0 ? -1 : 1 // (-x) ** odd integer

        var t1: Double, t2: Double
        if iy > 0x41e0_0000 { // |y| > 2**31
            if iy > 0x43f0_0000 { // |y| > 2**64: must overflow or underflow
                if ix <= 0x3fef_ffff { return hy < 0 ? huge * huge : tiny * tiny }
                if ix >= 0x3ff0_0000 { return hy > 0 ? huge * huge : tiny * tiny }
            }
            if ix < 0x3fef_ffff { return hy < 0 ? s * huge * huge : s * tiny * tiny }
            if ix > 0x3ff0_0000 { return hy > 0 ? s * huge * huge : s * tiny * tiny }
            // |1-x| <= 2**-20: log(x) by x - x^2/2 + x^3/3 - x^4/4.
            let t = ax - 1
            let w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25))
            let u = ivln2H * t
            let v = t * ivln2L - w * ivln2
            t1 = withLowCleared(u + v)
            t2 = v - (t1 - u)
        } else {
            n = 0
            if ix < 0x0010_0000 { // subnormal x
                ax *= two53
                n -= 53
                ix = high(ax)
            }
            n += (ix >> 20) - 0x3ff
            let j = ix & 0x000f_ffff
            ix = j | 0x3ff0_0000
            var k = 0
            if j <= 0x3988e { // |x| < sqrt(3/2)
                k = 0
            } else if j < 0xbb67a { // |x| < sqrt(3)
                k = 1
            } else {
                k = 0
                n += 1
                ix -= 0x0010_0000
            }
            ax = withHigh(ax, ix)
            // ss = sH + sL = (x-1)/(x+1) or (x-1.5)/(x+1.5)
            var u = ax - bp[k]
            var v = 1 / (ax + bp[k])
            let ss = u * v
            let sH = withLowCleared(ss)
            var tH = double(high: ((ix >> 1) | 0x2000_0000) + 0x0008_0000 + Int32(k << 18), low: 0)
            var tL = ax - (tH - bp[k])
            let sL = v * ((u - sH * tH) - sH * tL)
            var s2 = ss * ss
            var r = s2 * s2 * (l1 + s2 * (l2 + s2 * (l3 + s2 * (l4 + s2 * (l5 + s2 * l6)))))
            r += sL * (sH + ss)
            s2 = sH * sH
            tH = withLowCleared(3.0 + s2 + r)
            tL = r - ((tH - 3.0) - s2)
            u = sH * tH
            v = sL * tH + tL * ss
            let pH = withLowCleared(u + v)
            let pL = v - (pH - u)
            let zH = cpH * pH
            let zL = cpL * pH + pL * cp + dpL[k]
            let t = Double(n)
            t1 = withLowCleared(((zH + zL) + dpH[k]) + t)
            t2 = zL - (((t1 - t) - dpH[k]) - zH)
        }
        // (y1 + y2) * (t1 + t2) with y1 y's high part.
        let y1 = withLowCleared(y)
        let pL = (y - y1) * t1 + y * t2
        var pH = y1 * t1
        var z = pL + pH
        var j = high(z)
        let i = low(z)
        if j >= 0x4090_0000 { // z >= 1024
            if (j - 0x4090_0000) | Int32(bitPattern: i) != 0 { return s * huge * huge }
            if pL + ovt > z - pH { return s * huge * huge }
        } else if j & 0x7fff_ffff >= 0x4090_cc00 { // z <= -1075
            if UInt32(bitPattern: j) &- 0xc090_cc00 | i != 0 { return s * tiny * tiny }
            if pL <= z - pH { return s * tiny * tiny }
        }
        // 2 ** (pH + pL)
        let magnitude = j & 0x7fff_ffff
        var k = (magnitude >> 20) - 0x3ff
        n = 0
        if magnitude > 0x3fe0_0000 { // |z| > 0.5: n = [z + 0.5]
            n = j &+ (0x0010_0000 >> (k + 1))
            k = ((n & 0x7fff_ffff) >> 20) - 0x3ff
            let t = double(high: n & ~(0x000f_ffff >> k), low: 0)
            n = ((n & 0x000f_ffff) | 0x0010_0000) >> (20 - k)
            if j < 0 { n = -n }
            pH -= t
        }
        let t = withLowCleared(pL + pH)
        let u = t * lg2H
        let v = (pL - (t - pH)) * lg2 + t * lg2L
        z = u + v
        let w = v - (z - u)
        let tt = z * z
        let tt1 = z - tt * (expP1 + tt * (expP2 + tt * (expP3 + tt * (expP4 + tt * expP5))))
        // V8 keeps this grouping, which differs from fdlibm's (z*t1)/(t1-2) - (w+z*w).
        let r = (z * tt1) / ((tt1 - 2) - (w + z * w))
        z = 1 - (r - z)
        j = high(z) &+ (n << 20)
        if j >> 20 <= 0 {
            z = Glibc.scalbn(z, n) // subnormal result
        } else {
            z = withHigh(z, j)
        }
        return s * z
    }
}
