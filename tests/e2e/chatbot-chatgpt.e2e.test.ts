import { chatbotSiteSuite } from './chatbot-suite';

chatbotSiteSuite('chatgpt', { newChatUrl: 'https://chatgpt.com/' });
