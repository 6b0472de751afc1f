// Shared by the forms (client-side hints), the server actions and authorize(): one schema per form.
import { z } from 'zod'

const email = z.string().trim().toLowerCase().min(1, 'validation.required').max(254, 'validation.tooLong').pipe(z.email('validation.email'))

export const signInSchema = z.strictObject({
  email,
  password: z.string().min(1, 'validation.required').max(200, 'validation.tooLong'),
  callbackUrl: z.string().max(500).optional(),
})

export const signUpSchema = z.strictObject({
  name: z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong'),
  email,
  password: z.string().min(8, 'validation.passwordTooShort').max(200, 'validation.tooLong'),
  role: z.enum(['STUDENT', 'TEACHER'], 'validation.invalidChoice'),
})

export type SignUpInput = z.infer<typeof signUpSchema>
