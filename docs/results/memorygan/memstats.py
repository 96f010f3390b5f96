# Summarise a MemoryGAN model's memory: memory.hist and memory.values
# exported as .npy (float32) by `ganpipe export -name`.
import struct, sys
def npy(p):
    b = open(p, 'rb').read()
    hl = struct.unpack('<H', b[8:10])[0]
    data = b[10 + hl:]
    return list(struct.unpack('<%df' % (len(data) // 4), data))
pre = sys.argv[1]
h, v = npy(pre + '-hist.npy'), npy(pre + '-values.npy')
real = sorted(a for a, b in zip(h, v) if b == 1)
fake = sorted(a for a, b in zip(h, v) if b == 0)
for name, x in [('real', real), ('fake', fake)]:
    if x:
        print('%s slots %d: h max %.3g median %.3g min %.3g; h > 1: %d, h > 10: %d' % (
            name, len(x), x[-1], x[len(x) // 2], x[0], sum(a > 1 for a in x), sum(a > 10 for a in x)))
print('mean h %.3g over %d slots' % (sum(h) / len(h), len(h)))
