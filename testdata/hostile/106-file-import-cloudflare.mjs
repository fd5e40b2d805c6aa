import { EmailMessage } from 'cloudflare:email';
