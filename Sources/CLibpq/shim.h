#ifndef NEUVO_CLIBPQ_SHIM_H
#define NEUVO_CLIBPQ_SHIM_H

/// libpq, PostgreSQL's own client library: the PostgreSQL backend talks to the server through it
/// (module PQ only), so connection strings, PG* environment variables, pg_service.conf, .pgpass and
/// every authentication method and TLS setting work exactly as they do for psql. Debian puts the
/// header in /usr/include/postgresql, which pkg-config (libpq.pc) adds to the include path.
#include <libpq-fe.h>

#endif
