import { connect } from 'cloudflare:sockets';
