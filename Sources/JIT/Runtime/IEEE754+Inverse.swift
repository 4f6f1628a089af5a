/// The inverse trigonometric functions of V8's fdlibm port (e_asin.c, e_acos.c, s_atan.c,
/// e_atan2.c).
extension IEEE754 {
    static let pio2Hi = 1.57079632679489655800e+00, pio2Lo = 6.12323399573676603587e-17
    static let pio4Hi = 7.85398163397448278999e-01
    static let pi = 3.14159265358979311600e+00, piLo = 1.2246467991473531772e-16

    /// p(t)/q(t), the rational approximation asin and acos share.
    static func asinRatio(_ t: Double) -> Double {
        let pS0 = 1.66666666666666657415e-01, pS1 = -3.25565818622400915405e-01
        let pS2 = 2.01212532134862925881e-01, pS3 = -4.00555345006794114027e-02
        let pS4 = 7.91534994289814532176e-04, pS5 = 3.47933107596021167570e-05
        let qS1 = -2.40339491173441421878e+00, qS2 = 2.02094576023350569471e+00
        let qS3 = -6.88283971605453293030e-01, qS4 = 7.70381505559019352791e-02
        let p = t * (pS0 + t * (pS1 + t * (pS2 + t * (pS3 + t * (pS4 + t * pS5)))))
        let q = 1 + t * (qS1 + t * (qS2 + t * (qS3 + t * qS4)))
        return p / q
    }

    static func asin(_ x: Double) -> Double {
        let hx = high(x)
        let ix = hx & 0x7fff_ffff
        if ix >= 0x3ff0_0000 { // |x| >= 1
            if (ix - 0x3ff0_0000) | Int32(bitPattern: low(x)) == 0 { return x * pio2Hi + x * pio2Lo }
            return .nan
        }
        if ix < 0x3fe0_0000 { // |x| < 0.5
            if ix < 0x3e40_0000 { return x } // |x| < 2**-27
            return x + x * asinRatio(x * x)
        }
        let t = (1 - Swift.abs(x)) * 0.5
        let s = t.squareRoot()
        var result: Double
        if ix >= 0x3fef_3333 { // |x| > 0.975
            let w = asinRatio(t)
            result = pio2Hi - (2.0 * (s + s * w) - pio2Lo)
        } else {
            let w = withLowCleared(s)
            let c = (t - w * w) / (s + w)
            let r = asinRatio(t)
            let p = 2.0 * s * r - (pio2Lo - 2.0 * c)
            let q = pio4Hi - 2.0 * w
            result = pio4Hi - (p - q)
        }
        return hx > 0 ? result : -result
    }

    static func acos(_ x: Double) -> Double {
        let hx = high(x)
        let ix = hx & 0x7fff_ffff
        if ix >= 0x3ff0_0000 { // |x| >= 1
            if (ix - 0x3ff0_0000) | Int32(bitPattern: low(x)) == 0 { return hx > 0 ? 0 : pi + 2.0 * pio2Lo }
            return .nan
        }
        if ix < 0x3fe0_0000 { // |x| < 0.5
            if ix <= 0x3c60_0000 { return pio2Hi + pio2Lo } // |x| < 2**-57
            let r = asinRatio(x * x)
            return pio2Hi - (x - (pio2Lo - x * r))
        }
        if hx < 0 { // x < -0.5
            let z = (1 + x) * 0.5
            let s = z.squareRoot()
            let w = asinRatio(z) * s - pio2Lo
            return pi - 2.0 * (s + w)
        }
        let z = (1 - x) * 0.5 // x > 0.5
        let s = z.squareRoot()
        let df = withLowCleared(s)
        let c = (z - df * df) / (s + df)
        let w = asinRatio(z) * s + c
        return 2.0 * (df + w)
    }

    static let atanHi = [4.63647609000806093515e-01, 7.85398163397448278999e-01, 9.82793723247329054082e-01, 1.57079632679489655800e+00]
    static let atanLo = [2.26987774529616870924e-17, 3.06161699786838301793e-17, 1.39033110312309984516e-17, 6.12323399573676603587e-17]
    static let aT = [
        3.33333333333329318027e-01, -1.99999999998764832476e-01, 1.42857142725034663711e-01, -1.11111104054623557880e-01,
        9.09088713343650656196e-02, -7.69187620504482999495e-02, 6.66107313738753120669e-02, -5.83357013379057348645e-02,
        4.97687799461593236017e-02, -3.65315727442169155270e-02, 1.62858201153657823623e-02,
    ]

    static func atan(_ x: Double) -> Double {
        let hx = high(x)
        let ix = hx & 0x7fff_ffff
        if ix >= 0x4410_0000 { // |x| >= 2**66
            if x.isNaN { return x + x }
            return hx > 0 ? atanHi[3] + atanLo[3] : -atanHi[3] - atanLo[3]
        }
        var x = x
        var id = -1
        if ix < 0x3fdc_0000 { // |x| < 0.4375
            if ix < 0x3e40_0000 { return x } // |x| < 2**-27
        } else {
            x = Swift.abs(x)
            if ix < 0x3ff3_0000 { // |x| < 1.1875
                if ix < 0x3fe6_0000 { // 7/16 <= |x| < 11/16
                    id = 0
                    x = (2.0 * x - 1) / (2.0 + x)
                } else { // 11/16 <= |x| < 19/16
                    id = 1
                    x = (x - 1) / (x + 1)
                }
            } else if ix < 0x4003_8000 { // |x| < 2.4375
                id = 2
                x = (x - 1.5) / (1 + 1.5 * x)
            } else { // 2.4375 <= |x| < 2**66
                id = 3
                x = -1.0 / x
            }
        }
        let z = x * x
        let w = z * z
        // The sum of aT[i] z**(i+1) split into odd and even polynomials.
        let s1 = z * (aT[0] + w * (aT[2] + w * (aT[4] + w * (aT[6] + w * (aT[8] + w * aT[10])))))
        let s2 = w * (aT[1] + w * (aT[3] + w * (aT[5] + w * (aT[7] + w * aT[9]))))
        if id < 0 { return x - x * (s1 + s2) }
        let result = atanHi[id] - ((x * (s1 + s2) - atanLo[id]) - x)
        return hx < 0 ? -result : result
    }

    static func atan2(_ y: Double, _ x: Double) -> Double {
        let piOver4 = 7.8539816339744827900e-01, piOver2 = 1.5707963267948965580e+00
        if x.isNaN || y.isNaN { return x + y }
        let hx = high(x), lx = low(x), hy = high(y), ly = low(y)
        let ix = hx & 0x7fff_ffff, iy = hy & 0x7fff_ffff
        if (hx &- 0x3ff0_0000) | Int32(bitPattern: lx) == 0 { return atan(y) } // x = 1
        let m = ((hy >> 31) & 1) | ((hx >> 30) & 2) // 2*sign(x) + sign(y)
        if UInt32(bitPattern: iy) | ly == 0 { // y = ±0
            switch m {
            case 0, 1: return y
            case 2: return pi
            default: return -pi
            }
        }
        if UInt32(bitPattern: ix) | lx == 0 { return hy < 0 ? -piOver2 : piOver2 } // x = ±0
        if ix == 0x7ff0_0000 { // x = ±Infinity
            if iy == 0x7ff0_0000 {
                switch m {
                case 0: return piOver4
                case 1: return -piOver4
                case 2: return 3.0 * piOver4
                default: return -3.0 * piOver4
                }
            }
            switch m {
            case 0: return 0
            case 1: return -0.0
            case 2: return pi
            default: return -pi
            }
        }
        if iy == 0x7ff0_0000 { return hy < 0 ? -piOver2 : piOver2 } // y = ±Infinity
        let k = (iy - ix) >> 20
        var quadrant = m
        let z: Double
        if k > 60 { // |y/x| > 2**60
            z = piOver2 + 0.5 * piLo
            quadrant &= 1
        } else if hx < 0 && k < -60 { // 0 > |y|/x > -2**-60
            z = 0
        } else {
            z = atan(Swift.abs(y / x))
        }
        switch quadrant {
        case 0: return z
        case 1: return -z
        case 2: return pi - (z - piLo)
        default: return (z - piLo) - pi
        }
    }
}
