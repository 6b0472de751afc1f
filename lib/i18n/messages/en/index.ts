// English UI strings, one file per area; the Russian files must have the same keys (checked by their types).
import { core } from './core'

export const en = { ...core }
