//go:build amd64

#include "textflag.h"

// Batch-norm and leaky-ReLU kernels (bn.go) with AVX2: the scalar code's
// operations in the same order without FMA, so bit-identical to it. Each
// walks rows (pointers advance by stride*4 bytes) and, within a row, the
// first w columns eight at a time (AX: column index); per-column sums stay
// in memory (a few hundred bytes: L1), accumulated in row order.
//
// The leaky select: mask = (0 < v) with an ordered quiet compare (NaN:
// false, as !(x > 0) in Go), then VBLENDVPS picks g where set, slope*g
// elsewhere. Go operand order: VCMPPS $pred, src2, src1, dst computes
// src1 pred src2; VBLENDVPS mask, whenSet, whenClear, dst.

// func bnStatsAVX2(s1, s2 *float64, x *float32, rows, stride, w int)
TEXT ·bnStatsAVX2(SB), NOSPLIT, $0-48
	MOVQ s1+0(FP), DI
	MOVQ s2+8(FP), SI
	MOVQ x+16(FP), DX
	MOVQ rows+24(FP), R8
	MOVQ stride+32(FP), R9
	SHLQ $2, R9
	MOVQ w+40(FP), R10

statsRow:
	XORQ AX, AX

statsCol:
	VCVTPS2PD (DX)(AX*4), Y0
	VCVTPS2PD 16(DX)(AX*4), Y1
	VADDPD    (DI)(AX*8), Y0, Y2
	VADDPD    32(DI)(AX*8), Y1, Y3
	VMOVUPD   Y2, (DI)(AX*8)
	VMOVUPD   Y3, 32(DI)(AX*8)
	VMULPD    Y0, Y0, Y0
	VMULPD    Y1, Y1, Y1
	VADDPD    (SI)(AX*8), Y0, Y0
	VADDPD    32(SI)(AX*8), Y1, Y1
	VMOVUPD   Y0, (SI)(AX*8)
	VMOVUPD   Y1, 32(SI)(AX*8)
	ADDQ      $8, AX
	CMPQ      AX, R10
	JLT       statsCol
	ADDQ      R9, DX
	DECQ      R8
	JNZ       statsRow
	VZEROUPPER
	RET

// func bnApplyAVX2(y, x *float32, rows, stride, w int, scale, shift *float32, slope float32)
TEXT ·bnApplyAVX2(SB), NOSPLIT, $0-60
	MOVQ         y+0(FP), DI
	MOVQ         x+8(FP), SI
	MOVQ         rows+16(FP), R8
	MOVQ         stride+24(FP), R9
	SHLQ         $2, R9
	MOVQ         w+32(FP), R10
	MOVQ         scale+40(FP), R11
	MOVQ         shift+48(FP), R12
	VBROADCASTSS slope+56(FP), Y15
	VXORPS       Y14, Y14, Y14

applyRow:
	XORQ AX, AX

applyCol:
	VMOVUPS   (SI)(AX*4), Y0
	VMULPS    (R11)(AX*4), Y0, Y0 // x*scale
	VADDPS    (R12)(AX*4), Y0, Y0 // + shift
	VMULPS    Y15, Y0, Y1         // slope*v
	VCMPPS    $0x11, Y0, Y14, Y2  // 0 < v
	VBLENDVPS Y2, Y0, Y1, Y3
	VMOVUPS   Y3, (DI)(AX*4)
	ADDQ      $8, AX
	CMPQ      AX, R10
	JLT       applyCol
	ADDQ      R9, SI
	ADDQ      R9, DI
	DECQ      R8
	JNZ       applyRow
	VZEROUPPER
	RET

// func bnBackSumsAVX2(dx, grad, x, y *float32, rows, stride, w int, mean, inv *float32, sg, sgx *float64, slope float32)
TEXT ·bnBackSumsAVX2(SB), NOSPLIT, $0-92
	MOVQ         dx+0(FP), DI
	MOVQ         grad+8(FP), SI
	MOVQ         x+16(FP), DX
	MOVQ         y+24(FP), BX
	MOVQ         rows+32(FP), R8
	MOVQ         stride+40(FP), R9
	SHLQ         $2, R9
	MOVQ         w+48(FP), R10
	MOVQ         mean+56(FP), R11
	MOVQ         inv+64(FP), R12
	MOVQ         sg+72(FP), R13
	MOVQ         sgx+80(FP), R14
	VBROADCASTSS slope+88(FP), Y15
	VXORPS       Y14, Y14, Y14

backRow:
	XORQ AX, AX

backCol:
	VMOVUPS      (SI)(AX*4), Y0   // g
	VMULPS       Y15, Y0, Y1      // slope*g
	VMOVUPS      (BX)(AX*4), Y2   // y
	VCMPPS       $0x11, Y2, Y14, Y2
	VBLENDVPS    Y2, Y0, Y1, Y3   // p
	VMOVUPS      Y3, (DI)(AX*4)
	VMOVUPS      (DX)(AX*4), Y4   // x
	VSUBPS       (R11)(AX*4), Y4, Y4
	VMULPS       (R12)(AX*4), Y4, Y4 // xhat
	VCVTPS2PD    X3, Y5           // p, low four
	VEXTRACTF128 $1, Y3, X6
	VCVTPS2PD    X6, Y6           // p, high four
	VCVTPS2PD    X4, Y7           // xhat, low four
	VEXTRACTF128 $1, Y4, X8
	VCVTPS2PD    X8, Y8           // xhat, high four
	VADDPD       (R13)(AX*8), Y5, Y9
	VADDPD       32(R13)(AX*8), Y6, Y10
	VMOVUPD      Y9, (R13)(AX*8)
	VMOVUPD      Y10, 32(R13)(AX*8)
	VMULPD       Y7, Y5, Y5
	VMULPD       Y8, Y6, Y6
	VADDPD       (R14)(AX*8), Y5, Y5
	VADDPD       32(R14)(AX*8), Y6, Y6
	VMOVUPD      Y5, (R14)(AX*8)
	VMOVUPD      Y6, 32(R14)(AX*8)
	ADDQ         $8, AX
	CMPQ         AX, R10
	JLT          backCol
	ADDQ         R9, DI
	ADDQ         R9, SI
	ADDQ         R9, DX
	ADDQ         R9, BX
	DECQ         R8
	JNZ          backRow
	VZEROUPPER
	RET

// func bnBackApplyAVX2(dx, x *float32, rows, stride, w int, a, mean, inv, mg, mgx *float32)
TEXT ·bnBackApplyAVX2(SB), NOSPLIT, $0-80
	MOVQ dx+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ rows+16(FP), R8
	MOVQ stride+24(FP), R9
	SHLQ $2, R9
	MOVQ w+32(FP), R10
	MOVQ a+40(FP), R11
	MOVQ mean+48(FP), R12
	MOVQ inv+56(FP), R13
	MOVQ mg+64(FP), R14
	MOVQ mgx+72(FP), BX

bapRow:
	XORQ AX, AX

bapCol:
	VMOVUPS (SI)(AX*4), Y0
	VSUBPS  (R12)(AX*4), Y0, Y0 // x - mean
	VMULPS  (R13)(AX*4), Y0, Y0 // xhat
	VMULPS  (BX)(AX*4), Y0, Y0  // xhat*mgx
	VMOVUPS (DI)(AX*4), Y1      // p
	VSUBPS  (R14)(AX*4), Y1, Y1 // p - mg
	VSUBPS  Y0, Y1, Y1
	VMULPS  (R11)(AX*4), Y1, Y1 // a*(...)
	VMOVUPS Y1, (DI)(AX*4)
	ADDQ    $8, AX
	CMPQ    AX, R10
	JLT     bapCol
	ADDQ    R9, SI
	ADDQ    R9, DI
	DECQ    R8
	JNZ     bapRow
	VZEROUPPER
	RET

// func leakyAVX2(d, x, grad *float32, n int, slope float32)
TEXT ·leakyAVX2(SB), NOSPLIT, $0-36
	MOVQ         d+0(FP), DI
	MOVQ         x+8(FP), SI
	MOVQ         grad+16(FP), DX
	MOVQ         n+24(FP), R10
	VBROADCASTSS slope+32(FP), Y15
	VXORPS       Y14, Y14, Y14
	XORQ         AX, AX

leakyLoop:
	VMOVUPS   (DX)(AX*4), Y0
	VMULPS    Y15, Y0, Y1
	VMOVUPS   (SI)(AX*4), Y2
	VCMPPS    $0x11, Y2, Y14, Y2
	VBLENDVPS Y2, Y0, Y1, Y3
	VMOVUPS   Y3, (DI)(AX*4)
	ADDQ      $8, AX
	CMPQ      AX, R10
	JLT       leakyLoop
	VZEROUPPER
	RET
