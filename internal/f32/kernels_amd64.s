//go:build amd64

#include "textflag.h"

// Optimizer kernels (sgd.go) with AVX2. Like exp_amd64.s they perform the
// scalar Go code's float32 operations in the same order without FMA, so the
// results are bit-identical to it.

// func momentumAVX2(w, v, grad *float32, n int, m, scale float32)
// v[i] = m*v[i] - scale*g[i]; w[i] = w[i] + v[i] for i < n (n a multiple of 8).
TEXT ·momentumAVX2(SB), NOSPLIT, $0-40
	MOVQ w+0(FP), DI
	MOVQ v+8(FP), SI
	MOVQ grad+16(FP), DX
	MOVQ n+24(FP), CX
	VBROADCASTSS m+32(FP), Y14
	VBROADCASTSS scale+36(FP), Y15

loop16:
	CMPQ CX, $16
	JL   tail8
	VMULPS (SI), Y14, Y0     // m*v
	VMULPS 32(SI), Y14, Y3
	VMULPS (DX), Y15, Y1     // scale*g
	VMULPS 32(DX), Y15, Y4
	VSUBPS Y1, Y0, Y0        // m*v - scale*g
	VSUBPS Y4, Y3, Y3
	VMOVUPS Y0, (SI)
	VMOVUPS Y3, 32(SI)
	VMOVUPS (DI), Y2
	VMOVUPS 32(DI), Y5
	VADDPS Y0, Y2, Y2        // w + v
	VADDPS Y3, Y5, Y5
	VMOVUPS Y2, (DI)
	VMOVUPS Y5, 32(DI)
	ADDQ $64, SI
	ADDQ $64, DX
	ADDQ $64, DI
	SUBQ $16, CX
	JMP  loop16

tail8:
	CMPQ CX, $8
	JL   done
	VMULPS (SI), Y14, Y0
	VMULPS (DX), Y15, Y1
	VSUBPS Y1, Y0, Y0
	VMOVUPS Y0, (SI)
	VMOVUPS (DI), Y2
	VADDPS Y0, Y2, Y2
	VMOVUPS Y2, (DI)

done:
	VZEROUPPER
	RET

// func sumSq8AVX2(sums, grad *float32)
// sums[j] = the float32 sum, in order of i, of g[j*1024+i]^2 over i < 1024,
// for the eight blocks j < 8: lane j of the accumulator is block j's chain.
// Each step loads eight values of every block, squares them and transposes
// the 8x8 tile so that the k-th vector holds element i+k of all blocks.
TEXT ·sumSq8AVX2(SB), NOSPLIT, $0-16
	MOVQ sums+0(FP), DI
	MOVQ grad+8(FP), SI
	VXORPS Y15, Y15, Y15
	MOVQ $128, CX

loop:
	VMOVUPS (SI), Y0
	VMOVUPS 4096(SI), Y1
	VMOVUPS 8192(SI), Y2
	VMOVUPS 12288(SI), Y3
	VMOVUPS 16384(SI), Y4
	VMOVUPS 20480(SI), Y5
	VMOVUPS 24576(SI), Y6
	VMOVUPS 28672(SI), Y7
	VMULPS Y0, Y0, Y0
	VMULPS Y1, Y1, Y1
	VMULPS Y2, Y2, Y2
	VMULPS Y3, Y3, Y3
	VMULPS Y4, Y4, Y4
	VMULPS Y5, Y5, Y5
	VMULPS Y6, Y6, Y6
	VMULPS Y7, Y7, Y7

	// rows r0..r7 (Y0..Y7) -> t0..t7
	VUNPCKLPS Y1, Y0, Y8   // t0 = r0[0] r1[0] r0[1] r1[1] | r0[4] r1[4] r0[5] r1[5]
	VUNPCKHPS Y1, Y0, Y9   // t1 = r0[2] r1[2] r0[3] r1[3] | r0[6] r1[6] r0[7] r1[7]
	VUNPCKLPS Y3, Y2, Y10  // t2
	VUNPCKHPS Y3, Y2, Y11  // t3
	VUNPCKLPS Y5, Y4, Y12  // t4
	VUNPCKHPS Y5, Y4, Y13  // t5
	VUNPCKLPS Y7, Y6, Y14  // t6
	VUNPCKHPS Y7, Y6, Y0   // t7

	// t -> u: u0 = r0..r3 element 0 | element 4, u1 = elements 1 | 5, ...
	VSHUFPS $0x44, Y10, Y8, Y1  // u0
	VSHUFPS $0xEE, Y10, Y8, Y2  // u1
	VSHUFPS $0x44, Y11, Y9, Y3  // u2
	VSHUFPS $0xEE, Y11, Y9, Y4  // u3
	VSHUFPS $0x44, Y14, Y12, Y5 // u4 (r4..r7)
	VSHUFPS $0xEE, Y14, Y12, Y6 // u5
	VSHUFPS $0x44, Y0, Y13, Y7  // u6
	VSHUFPS $0xEE, Y0, Y13, Y8  // u7

	// columns c0..c7 in order, each added to the chains
	VPERM2F128 $0x20, Y5, Y1, Y9
	VADDPS Y9, Y15, Y15
	VPERM2F128 $0x20, Y6, Y2, Y9
	VADDPS Y9, Y15, Y15
	VPERM2F128 $0x20, Y7, Y3, Y9
	VADDPS Y9, Y15, Y15
	VPERM2F128 $0x20, Y8, Y4, Y9
	VADDPS Y9, Y15, Y15
	VPERM2F128 $0x31, Y5, Y1, Y9
	VADDPS Y9, Y15, Y15
	VPERM2F128 $0x31, Y6, Y2, Y9
	VADDPS Y9, Y15, Y15
	VPERM2F128 $0x31, Y7, Y3, Y9
	VADDPS Y9, Y15, Y15
	VPERM2F128 $0x31, Y8, Y4, Y9
	VADDPS Y9, Y15, Y15

	ADDQ $32, SI
	DECQ CX
	JNZ  loop

	VMOVUPS Y15, (DI)
	VZEROUPPER
	RET

// func sgdAVX2(w, v, grad *float32, n int, m, lr, wd float32)
// v[i] = m*v[i] - lr*(g[i] + wd*w[i]); w[i] = w[i] + v[i] for i < n (n a
// multiple of 8).
TEXT ·sgdAVX2(SB), NOSPLIT, $0-44
	MOVQ w+0(FP), DI
	MOVQ v+8(FP), SI
	MOVQ grad+16(FP), DX
	MOVQ n+24(FP), CX
	VBROADCASTSS m+32(FP), Y13
	VBROADCASTSS lr+36(FP), Y14
	VBROADCASTSS wd+40(FP), Y15

loop:
	CMPQ CX, $8
	JL   done
	VMOVUPS (DI), Y0         // w
	VMULPS Y0, Y15, Y1       // wd*w
	VMOVUPS (DX), Y2
	VADDPS Y1, Y2, Y2        // g + wd*w
	VMULPS Y2, Y14, Y2       // lr*(g + wd*w)
	VMULPS (SI), Y13, Y3     // m*v
	VSUBPS Y2, Y3, Y3        // m*v - lr*(...)
	VMOVUPS Y3, (SI)
	VADDPS Y3, Y0, Y0        // w + v
	VMOVUPS Y0, (DI)
	ADDQ $32, SI
	ADDQ $32, DX
	ADDQ $32, DI
	SUBQ $8, CX
	JMP  loop

done:
	VZEROUPPER
	RET

// Elementwise kernels of the activation, mask, bias and loss ops (kernels.go,
// ops.go). n is a multiple of 8 in every one; the Go wrappers do the tails.

// func addVecAVX2(y, x, b *float32, n int)
// y[i] = x[i] + b[i]
TEXT ·addVecAVX2(SB), NOSPLIT, $0-32
	MOVQ y+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ b+16(FP), DX
	MOVQ n+24(FP), CX

addloop:
	CMPQ CX, $8
	JL   adddone
	VMOVUPS (SI), Y0
	VADDPS (DX), Y0, Y0
	VMOVUPS Y0, (DI)
	ADDQ $32, SI
	ADDQ $32, DX
	ADDQ $32, DI
	SUBQ $8, CX
	JMP  addloop

adddone:
	VZEROUPPER
	RET

// func mulVecAVX2(y, x, m *float32, n int)
// y[i] = x[i] * m[i]
TEXT ·mulVecAVX2(SB), NOSPLIT, $0-32
	MOVQ y+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ m+16(FP), DX
	MOVQ n+24(FP), CX

mulloop:
	CMPQ CX, $8
	JL   muldone
	VMOVUPS (SI), Y0
	VMULPS (DX), Y0, Y0
	VMOVUPS Y0, (DI)
	ADDQ $32, SI
	ADDQ $32, DX
	ADDQ $32, DI
	SUBQ $8, CX
	JMP  mulloop

muldone:
	VZEROUPPER
	RET

DATA onePS<>+0(SB)/4, $0x3f800000
DATA onePS<>+4(SB)/4, $0x3f800000
DATA onePS<>+8(SB)/4, $0x3f800000
DATA onePS<>+12(SB)/4, $0x3f800000
DATA onePS<>+16(SB)/4, $0x3f800000
DATA onePS<>+20(SB)/4, $0x3f800000
DATA onePS<>+24(SB)/4, $0x3f800000
DATA onePS<>+28(SB)/4, $0x3f800000
GLOBL onePS<>(SB), RODATA|NOPTR, $32

// func recip1pAVX2(y *float32, n int)
// y[i] = 1 / (1 + y[i])  (the last step of sigmoid from e = exp(-v))
TEXT ·recip1pAVX2(SB), NOSPLIT, $0-16
	MOVQ y+0(FP), DI
	MOVQ n+8(FP), CX
	VMOVUPS onePS<>(SB), Y15

rcploop:
	CMPQ CX, $8
	JL   rcpdone
	VADDPS (DI), Y15, Y0     // 1 + e
	VDIVPS Y0, Y15, Y0       // 1 / (1 + e)
	VMOVUPS Y0, (DI)
	ADDQ $32, DI
	SUBQ $8, CX
	JMP  rcploop

rcpdone:
	VZEROUPPER
	RET

// func sigmoidGradAVX2(d, y, grad *float32, n int)
// d[i] = g[i] * y[i] * (1 - y[i]), evaluated left to right
TEXT ·sigmoidGradAVX2(SB), NOSPLIT, $0-32
	MOVQ d+0(FP), DI
	MOVQ y+8(FP), SI
	MOVQ grad+16(FP), DX
	MOVQ n+24(FP), CX
	VMOVUPS onePS<>(SB), Y15

sgloop:
	CMPQ CX, $8
	JL   sgdone
	VMOVUPS (SI), Y0         // y
	VMOVUPS (DX), Y1
	VMULPS Y0, Y1, Y1        // g * y
	VSUBPS Y0, Y15, Y2       // 1 - y
	VMULPS Y2, Y1, Y1        // (g*y) * (1-y)
	VMOVUPS Y1, (DI)
	ADDQ $32, SI
	ADDQ $32, DX
	ADDQ $32, DI
	SUBQ $8, CX
	JMP  sgloop

sgdone:
	VZEROUPPER
	RET

// func bceGradFinishAVX2(d, t *float32, n int, scale float32)
// d[i] = (1/(1 + d[i]) - t[i]) * scale, d holding exp(-a) on entry
TEXT ·bceGradFinishAVX2(SB), NOSPLIT, $0-28
	MOVQ d+0(FP), DI
	MOVQ t+8(FP), SI
	MOVQ n+16(FP), CX
	VBROADCASTSS scale+24(FP), Y14
	VMOVUPS onePS<>(SB), Y15

bgloop:
	CMPQ CX, $8
	JL   bgdone
	VADDPS (DI), Y15, Y0
	VDIVPS Y0, Y15, Y0       // sigmoid
	VSUBPS (SI), Y0, Y0      // - t
	VMULPS Y14, Y0, Y0       // * scale
	VMOVUPS Y0, (DI)
	ADDQ $32, SI
	ADDQ $32, DI
	SUBQ $8, CX
	JMP  bgloop

bgdone:
	VZEROUPPER
	RET

// func addRowF64AVX2(acc *float64, row *float32, n int)
// acc[j] += float64(row[j])
TEXT ·addRowF64AVX2(SB), NOSPLIT, $0-24
	MOVQ acc+0(FP), DI
	MOVQ row+8(FP), SI
	MOVQ n+16(FP), CX

arloop:
	CMPQ CX, $8
	JL   ardone
	VCVTPS2PD (SI), Y0
	VCVTPS2PD 16(SI), Y1
	VMOVUPD (DI), Y2
	VMOVUPD 32(DI), Y3
	VADDPD Y0, Y2, Y2        // acc + v, as the scalar acc[j] += v
	VADDPD Y1, Y3, Y3
	VMOVUPD Y2, (DI)
	VMOVUPD Y3, 32(DI)
	ADDQ $32, SI
	ADDQ $64, DI
	SUBQ $8, CX
	JMP  arloop

ardone:
	VZEROUPPER
	RET

// func reluAVX2(y, x *float32, n int)
// y[i] = 0 where x[i] < 0, else x[i] (NaN and -0 pass through)
TEXT ·reluAVX2(SB), NOSPLIT, $0-24
	MOVQ y+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ n+16(FP), CX
	VXORPS Y15, Y15, Y15

reloop:
	CMPQ CX, $8
	JL   redone
	VMOVUPS (SI), Y0
	VCMPPS $1, Y15, Y0, Y1   // x < 0 (false for NaN)
	VANDNPS Y0, Y1, Y0       // x where not (x < 0)
	VMOVUPS Y0, (DI)
	ADDQ $32, SI
	ADDQ $32, DI
	SUBQ $8, CX
	JMP  reloop

redone:
	VZEROUPPER
	RET

// func reluGradAVX2(d, y, grad *float32, n int)
// d[i] = g[i] where y[i] > 0, else 0
TEXT ·reluGradAVX2(SB), NOSPLIT, $0-32
	MOVQ d+0(FP), DI
	MOVQ y+8(FP), SI
	MOVQ grad+16(FP), DX
	MOVQ n+24(FP), CX
	VXORPS Y15, Y15, Y15

rgloop:
	CMPQ CX, $8
	JL   rgdone
	VMOVUPS (SI), Y0
	VCMPPS $0x1e, Y15, Y0, Y1 // y > 0 (ordered: false for NaN)
	VANDPS (DX), Y1, Y1
	VMOVUPS Y1, (DI)
	ADDQ $32, SI
	ADDQ $32, DX
	ADDQ $32, DI
	SUBQ $8, CX
	JMP  rgloop

rgdone:
	VZEROUPPER
	RET

// func adamAVX2(w, grad, m, v *float32, n int, b1, c1, b2, c2, step, e, wd float32)
// gi = g[i] + wd*w[i]; m[i] = b1*m[i] + c1*gi; v[i] = b2*v[i] + (c2*gi)*gi;
// w[i] -= (step*m[i]) / (sqrt(v[i]) + e), in AdamScalar's order of float32
// operations (VSQRTPS is the correctly rounded float32 square root, which
// float32(math.Sqrt(float64(x))) also is).
TEXT ·adamAVX2(SB), NOSPLIT, $0-68
	MOVQ w+0(FP), DI
	MOVQ grad+8(FP), SI
	MOVQ m+16(FP), DX
	MOVQ v+24(FP), R8
	MOVQ n+32(FP), CX
	VBROADCASTSS b1+40(FP), Y9
	VBROADCASTSS c1+44(FP), Y10
	VBROADCASTSS b2+48(FP), Y11
	VBROADCASTSS c2+52(FP), Y12
	VBROADCASTSS step+56(FP), Y13
	VBROADCASTSS e+60(FP), Y14
	VBROADCASTSS wd+64(FP), Y15

adamloop:
	CMPQ CX, $8
	JL   adamdone
	VMOVUPS (DI), Y0      // w
	VMULPS  Y0, Y15, Y1   // wd*w
	VADDPS  (SI), Y1, Y1  // gi = g + wd*w
	VMULPS  (DX), Y9, Y2  // b1*m
	VMULPS  Y1, Y10, Y3   // c1*gi
	VADDPS  Y3, Y2, Y2    // m
	VMOVUPS Y2, (DX)
	VMULPS  Y1, Y12, Y4   // c2*gi
	VMULPS  Y1, Y4, Y4    // (c2*gi)*gi
	VMULPS  (R8), Y11, Y5 // b2*v
	VADDPS  Y4, Y5, Y5    // v
	VMOVUPS Y5, (R8)
	VSQRTPS Y5, Y6
	VADDPS  Y14, Y6, Y6   // sqrt(v) + e
	VMULPS  Y2, Y13, Y7   // step*m
	VDIVPS  Y6, Y7, Y7    // (step*m) / (sqrt(v) + e)
	VSUBPS  Y7, Y0, Y0    // w - that
	VMOVUPS Y0, (DI)
	ADDQ    $32, DI
	ADDQ    $32, SI
	ADDQ    $32, DX
	ADDQ    $32, R8
	SUBQ    $8, CX
	JMP     adamloop

adamdone:
	VZEROUPPER
	RET
