/**
 * English messages for schema problems. The schemas use zod/mini, which
 * loads no locale (every issue would read just "Invalid input") so the
 * app's bundles stay small; modules whose problems are shown to people
 * (plan import, the endpoint's 422 answers) import this once, for its effect.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';

z.config(en());
