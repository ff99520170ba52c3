package io.github.cact.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** SHA-256 against the test vectors of FIPS 180-2 (appendix B), also when one thread hashes in turn. */
class DigestsTest {

    @Test
    void hashesTheStandardsTestVectorsOneAfterAnother() {
        for (int round = 0; round < 2; round++) {
            assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Digests.sha256("abc"));
            assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
                    Digests.sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"));
        }
    }
}
