//go:build amd64

#include "textflag.h"

// The elementwise pieces of pairs.go with AVX2, eight lanes at a time: the
// scalar Go code's float32 operations in the same order, without FMA, and
// its comparisons with the same NaN behaviour (ordered predicates, which
// are false for NaN like Go's < and >), so the bits are the scalar code's.
// n is a multiple of 8.

// func absAVX2(y, x *float32, n int)
// y[i] = -x[i] where x[i] < 0, else x[i]
TEXT ·absAVX2(SB), NOSPLIT, $0-24
	MOVQ y+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ n+16(FP), CX
	VXORPS Y15, Y15, Y15
	VPCMPEQD Y14, Y14, Y14
	VPSLLD $31, Y14, Y14     // sign bits

absloop:
	CMPQ CX, $8
	JL   absdone
	VMOVUPS (SI), Y0
	VCMPPS $1, Y15, Y0, Y1   // x < 0 (false for NaN and -0)
	VANDPS Y14, Y1, Y1       // the sign bit where x < 0
	VXORPS Y1, Y0, Y0        // -x there
	VMOVUPS Y0, (DI)
	ADDQ $32, SI
	ADDQ $32, DI
	SUBQ $8, CX
	JMP  absloop

absdone:
	VZEROUPPER
	RET

// func addConstAVX2(y *float32, n int, c float32)
// y[i] = c + y[i]
TEXT ·addConstAVX2(SB), NOSPLIT, $0-20
	MOVQ y+0(FP), DI
	MOVQ n+8(FP), CX
	VBROADCASTSS c+16(FP), Y15

acloop:
	CMPQ CX, $8
	JL   acdone
	VADDPS (DI), Y15, Y0
	VMOVUPS Y0, (DI)
	ADDQ $32, DI
	SUBQ $8, CX
	JMP  acloop

acdone:
	VZEROUPPER
	RET

// func bceTermsAVX2(d, a, t *float32, n int)
// d[i] = (a[i] + d[i] where a[i] > 0, else d[i]) - t[i]*a[i]
TEXT ·bceTermsAVX2(SB), NOSPLIT, $0-32
	MOVQ d+0(FP), DI
	MOVQ a+8(FP), SI
	MOVQ t+16(FP), DX
	MOVQ n+24(FP), CX
	VXORPS Y15, Y15, Y15

btloop:
	CMPQ CX, $8
	JL   btdone
	VMOVUPS (SI), Y0         // a
	VMOVUPS (DI), Y1         // softplus(-|a|)
	VADDPS Y1, Y0, Y2        // a + d
	VCMPPS $0x1e, Y15, Y0, Y3 // a > 0 (GT_OQ: false for NaN)
	VANDPS Y3, Y2, Y2
	VANDNPS Y1, Y3, Y4       // d where not a > 0
	VORPS Y4, Y2, Y2         // r
	VMULPS (DX), Y0, Y5      // t * a
	VSUBPS Y5, Y2, Y2        // r - t*a
	VMOVUPS Y2, (DI)
	ADDQ $32, SI
	ADDQ $32, DI
	ADDQ $32, DX
	SUBQ $8, CX
	JMP  btloop

btdone:
	VZEROUPPER
	RET

// func sqDistAVX2(d, norms, gram *float32, n int, ni float32)
// d[j] = ni + norms[j] - 2*gram[j], 0 where that is < 0
TEXT ·sqDistAVX2(SB), NOSPLIT, $0-36
	MOVQ d+0(FP), DI
	MOVQ norms+8(FP), SI
	MOVQ gram+16(FP), DX
	MOVQ n+24(FP), CX
	VBROADCASTSS ni+32(FP), Y15
	VXORPS Y14, Y14, Y14

sdloop:
	CMPQ CX, $8
	JL   sddone
	VADDPS (SI), Y15, Y0     // ni + norms
	VMOVUPS (DX), Y1
	VADDPS Y1, Y1, Y1        // 2*g, exactly
	VSUBPS Y1, Y0, Y0
	VCMPPS $1, Y14, Y0, Y2   // v < 0
	VANDNPS Y0, Y2, Y0
	VMOVUPS Y0, (DI)
	ADDQ $32, SI
	ADDQ $32, DX
	ADDQ $32, DI
	SUBQ $8, CX
	JMP  sdloop

sddone:
	VZEROUPPER
	RET

// func squareFlushAVX2(dst, p *float32, n int, min float32)
// dst[j] = p[j]*p[j], 0 where p[j] < min
TEXT ·squareFlushAVX2(SB), NOSPLIT, $0-28
	MOVQ dst+0(FP), DI
	MOVQ p+8(FP), SI
	MOVQ n+16(FP), CX
	VBROADCASTSS min+24(FP), Y15

sqloop:
	CMPQ CX, $8
	JL   sqdone
	VMOVUPS (SI), Y0
	VMULPS Y0, Y0, Y1
	VCMPPS $1, Y15, Y0, Y2   // p < min
	VANDNPS Y1, Y2, Y1
	VMOVUPS Y1, (DI)
	ADDQ $32, SI
	ADDQ $32, DI
	SUBQ $8, CX
	JMP  sqloop

sqdone:
	VZEROUPPER
	RET

// func subScaledAVX2(as, kv *float32, n int, s float32)
// as[j] = as[j] - kv[j]*s
TEXT ·subScaledAVX2(SB), NOSPLIT, $0-28
	MOVQ as+0(FP), DI
	MOVQ kv+8(FP), SI
	MOVQ n+16(FP), CX
	VBROADCASTSS s+24(FP), Y15

ssloop:
	CMPQ CX, $8
	JL   ssdone
	VMULPS (SI), Y15, Y0     // kv * s
	VMOVUPS (DI), Y1
	VSUBPS Y0, Y1, Y1
	VMOVUPS Y1, (DI)
	ADDQ $32, SI
	ADDQ $32, DI
	SUBQ $8, CX
	JMP  ssloop

ssdone:
	VZEROUPPER
	RET

// func pairAAVX2(out, as, kv *float32, n int, s, c float32)
// out[j] = (as[j] - kv[j]*s) * c
TEXT ·pairAAVX2(SB), NOSPLIT, $0-40
	MOVQ out+0(FP), DI
	MOVQ as+8(FP), SI
	MOVQ kv+16(FP), DX
	MOVQ n+24(FP), CX
	VBROADCASTSS s+32(FP), Y14
	VBROADCASTSS c+36(FP), Y15

paloop:
	CMPQ CX, $8
	JL   padone
	VMULPS (DX), Y14, Y0     // kv * s
	VMOVUPS (SI), Y1
	VSUBPS Y0, Y1, Y1        // as - kv*s
	VMULPS Y15, Y1, Y1       // * c
	VMOVUPS Y1, (DI)
	ADDQ $32, SI
	ADDQ $32, DX
	ADDQ $32, DI
	SUBQ $8, CX
	JMP  paloop

padone:
	VZEROUPPER
	RET
