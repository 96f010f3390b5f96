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
