import { describe, expect, it } from 'vitest';
import { DUMMY_HASH, generatePassword, hashPassword, passwordProblem, verifyPassword } from '#server/admin/auth/password.js';

describe('curator passwords (scrypt)', () => {
  it('verifies the password it hashed, and no other; the same password hashes differently each time (salt)', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$32768\$8\$3\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
    expect(await hashPassword('correct horse battery')).not.toBe(hash);
  });

  it('never matches the dummy hash (unknown names) nor a malformed one', async () => {
    expect(await verifyPassword('', DUMMY_HASH)).toBe(false);
    expect(await verifyPassword('x', 'bcrypt$whatever')).toBe(false);
  });

  it('generates long passwords without look-alike characters, and refuses short ones in French', () => {
    const generated = generatePassword();
    expect(generated).toMatch(/^[a-hjkmnp-zA-HJ-NP-Z2-9]{5}(-[a-hjkmnp-zA-HJ-NP-Z2-9]{5}){3}$/);
    expect(passwordProblem(generated)).toBeUndefined();
    expect(passwordProblem('court')).toBe('le mot de passe doit compter au moins 12 caractères');
  });
});
