#ifndef WIJK_CCRYPT_SHIM_H
#define WIJK_CCRYPT_SHIM_H

#include <crypt.h>
#include <stdlib.h>
#include <string.h>

/* A fresh yescrypt setting ("$y$…") with a random salt from the OS; NULL on failure. */
static inline const char *wijk_crypt_gensalt(char *out, int size) {
    return crypt_gensalt_rn("$y$", 0, NULL, 0, out, size);
}

/* crypt_r with a zeroed work area; the result is copied to out (at least CRYPT_OUTPUT_SIZE bytes).
   Returns 0 on success, -1 when the setting is invalid. The work area is wiped afterwards. */
static inline int wijk_crypt(const char *phrase, const char *setting, char *out, int size) {
    struct crypt_data *data = calloc(1, sizeof(struct crypt_data));
    if (!data) return -1;
    const char *result = crypt_r(phrase, setting, data);
    int ok = result != NULL && result[0] != '*' && (int)strlen(result) < size;
    if (ok) strcpy(out, result);
    explicit_bzero(data, sizeof(struct crypt_data));
    free(data);
    return ok ? 0 : -1;
}

#endif
